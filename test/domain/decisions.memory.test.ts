import { defineDecisionsContract } from '../contract/decisions.contract.js';
import { memoryStoreFactory } from '../support/stores.js';

defineDecisionsContract(memoryStoreFactory);
