/** The manifest (`arch.yaml`) as its schema admits it: the types the schema stage hands to the model. */

export type Status = 'current' | 'target' | 'planned' | 'retiring';
export type FrameworkId = '1.0' | '2.0' | '3.0' | '4.0' | 'ndaf-2025';

export interface Text {
  vi: string;
  en?: string;
}

export interface Waiver {
  rule: string;
  elements: string[];
  justification: Text | string;
  approvedBy: string;
  approvedOn?: string;
  expires: string;
}

export interface Manifest {
  /** The owner: a ministry or a province (exactly one; see `ArchitectureModel.owner`). */
  ministry?: { code: string; name: Text };
  province?: { code: string; name: Text };
  framework: FrameworkId;
  architecture: {
    version: string;
    date: string;
    status: 'draft' | 'approved' | 'superseded';
    decision?: { number: string; date: string; signer?: string };
    supersedes?: string;
    /** The decision this version amends (an architecture "2.1 (sửa đổi)"). */
    amends?: { number: string; date?: string };
    horizon?: number;
  };
  include?: string[];
  exclude?: string[];
  contents?: Record<string, unknown>;
  rules?: Record<string, string | { severity?: string; options?: Record<string, unknown> }>;
  waivers?: Waiver[];
  /** Pins the assessment date of `arch check` (else today). */
  assessment?: { asOf: string };
  languages?: ('vi' | 'en')[];
}
