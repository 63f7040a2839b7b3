import rule from '../../src/rules/c41-ministry-code.js';
import { ruleTester } from './rule-tester.js';

ruleTester.run(rule, {
  valid: [{ ministry: 'BYT' }, { name: 'MIC before the merger', ministry: 'BTTTT', date: '2024-12-31' }],
  invalid: [{ name: 'MIC after the merger', ministry: 'BTTTT', framework: '4.0', date: '2025-06-01', errors: [{ messageId: 'merged', manifest: ['ministry', 'code'] }] },
    { name: 'merged ministry before it existed', ministry: 'BNNMT', date: '2024-12-31', errors: [{ messageId: 'not-yet', manifest: ['ministry', 'code'] }] },
  ],
});
