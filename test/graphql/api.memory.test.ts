import { defineApiContract } from '../contract/api.contract.js';
import { memoryStoreFactory } from '../support/stores.js';

defineApiContract(memoryStoreFactory);
