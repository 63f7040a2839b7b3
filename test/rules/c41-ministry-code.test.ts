import rule from '../../src/rules/c41-ministry-code.js';
import { ruleTester } from './rule-tester.js';

ruleTester.run(rule, {
  valid: [
    { ministry: 'BYT' },
    { name: 'MIC before the merger', ministry: 'BTTTT', date: '2024-12-31' },
    { name: 'a province after the 2025 arrangement', province: 'da-nang', framework: 'ndaf-2025', date: '2025-12-01' },
    { name: 'a province absorbed in 2025, before its merger', province: 'quang-nam', date: '2025-06-30' },
  ],
  invalid: [{ name: 'MIC after the merger', ministry: 'BTTTT', framework: '4.0', date: '2025-06-01', errors: [{ messageId: 'merged', manifest: ['ministry', 'code'] }] },
    { name: 'merged ministry before it existed', ministry: 'BNNMT', date: '2024-12-31', errors: [{ messageId: 'not-yet', manifest: ['ministry', 'code'] }] },
    { name: 'a province absorbed on 01/07/2025, after its merger', province: 'quang-nam', date: '2025-07-01', errors: [{ messageId: 'province-merged', manifest: ['province', 'code'] }] },
    { name: 'a province id that starts later than the architecture', province: 'hue', date: '2024-06-01', errors: [{ messageId: 'province-not-yet', manifest: ['province', 'code'] }] },
  ],
});
