import { defineChangeControlContract } from '../contract/change-control.contract.js';
import { neo4jStoreFactory } from '../support/neo4j.js';

defineChangeControlContract(neo4jStoreFactory);
