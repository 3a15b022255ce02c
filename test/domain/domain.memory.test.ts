import { defineDomainContract } from '../contract/domain.contract.js';
import { memoryStoreFactory } from '../support/stores.js';

defineDomainContract(memoryStoreFactory);
