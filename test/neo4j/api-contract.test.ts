import { defineApiContract } from '../contract/api.contract.js';
import { neo4jStoreFactory } from '../support/neo4j.js';

defineApiContract(neo4jStoreFactory);
