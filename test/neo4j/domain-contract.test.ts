import { defineDomainContract } from '../contract/domain.contract.js';
import { neo4jStoreFactory } from '../support/neo4j.js';

defineDomainContract(neo4jStoreFactory);
