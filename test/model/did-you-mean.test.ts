/** "Did you mean" hints name the one close known name, and stay quiet when none is close. */
import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../src/model/did-you-mean.js';

describe('didYouMean', () => {
  const fields = ['name', 'realisedBy', 'appliesTo', 'derivesFrom'];

  it.each([
    ['realizedBy', "; did you mean 'realisedBy'?"],
    ['nmae', "; did you mean 'name'?"],
    ['APPLIESTO', "; did you mean 'appliesTo'?"],
    ['derivedFrom', "; did you mean 'derivesFrom'?"],
    ['colour', ''],
    ['id', ''],
  ])('%s -> %j', (input, hint) => {
    expect(didYouMean(input, fields)).toBe(hint);
  });
});
