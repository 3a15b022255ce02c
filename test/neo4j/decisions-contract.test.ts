import { defineDecisionsContract } from '../contract/decisions.contract.js';
import { neo4jStoreFactory } from '../support/neo4j.js';

defineDecisionsContract(neo4jStoreFactory);
