/**
 * The programme papers the model's facts are taken from (../shared/seeds). Every element in
 * `model/` cites one of these by file name, or says it is an example.
 */
export const PAPERS = {
  '000_def75e404d187257.txt': 'MHHS Open Day, 13 June 2023 (MHHS-DEL1320)',
  '001_d1f968c49c57fad5.txt': 'Programme Steering Group #24, 6 September 2023',
  '002_7b18836af3686f9f.txt': 'End to End Walkthrough One (MHHS-DEL561), 8 August 2022',
  '003_1b0d01ba15ed69f0.txt': 'Design Advisory Group #8 (MHHS-DEL351), 13 April 2022',
  '004_ea25bf0244bcb374.txt': 'Testing and Migration Advisory Group #20, 21 June 2023',
} as const;

export type PaperFile = keyof typeof PAPERS;
export const PAPER_FILES = Object.keys(PAPERS) as [PaperFile, ...PaperFile[]];
