import { defineChangeControlContract } from '../contract/change-control.contract.js';
import { memoryStoreFactory } from '../support/stores.js';

defineChangeControlContract(memoryStoreFactory);
