import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../src/model/fingerprint.js';

const requirement = {
  kind: 'Requirement' as const,
  props: { name: 'Send consumption data', text: 'The ADS shall send consumption data.', category: 'FUNCTIONAL', example: 'Illustrative.' },
};

describe('element fingerprints', () => {
  it('are 16 hex digits, the same for the same content whatever the key order or the layout of whitespace', () => {
    const fingerprint = fingerprintOf(requirement);
    expect(fingerprint).toMatch(/^[0-9a-f]{16}$/);
    const { name, text, category, example } = requirement.props;
    expect(fingerprintOf({ kind: 'Requirement', props: { example, category, text, name } })).toBe(fingerprint);
    expect(fingerprintOf({ kind: 'Requirement', props: { name, text: ' The ADS shall send\n  consumption data. ', category, example } })).toBe(fingerprint);
  });

  it('change with any property, nested ones included, and with the kind', () => {
    const fingerprint = fingerprintOf(requirement);
    expect(fingerprintOf({ ...requirement, props: { ...requirement.props, text: 'The ADS shall send validated consumption data.' } })).not.toBe(fingerprint);
    expect(fingerprintOf({ ...requirement, props: { ...requirement.props, description: 'Added.' } })).not.toBe(fingerprint);
    expect(fingerprintOf({ ...requirement, kind: 'TestCase' })).not.toBe(fingerprint);
    const sourced = (section: string) =>
      fingerprintOf({ kind: 'Role', props: { name: 'ADS', source: { paper: '002_7b18836af3686f9f.txt', section } } });
    expect(sourced('Interfaces')).not.toBe(sourced('Roles'));
  });
});
