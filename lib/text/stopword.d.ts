// The stopword package ships no types; these are the lists lib/text imports (each a plain string array).
declare module 'stopword' {
  export const eng: string[];
  export const deu: string[];
  export const fra: string[];
  export const spa: string[];
  export const ita: string[];
  export const por: string[];
  export const nld: string[];
  export const swe: string[];
  export const dan: string[];
  export const nob: string[];
  export const fin: string[];
  export const pol: string[];
  export const ces: string[];
  export const rus: string[];
  export const ukr: string[];
  export const tur: string[];
  export const ell: string[];
  export const ara: string[];
  export const heb: string[];
  export const hin: string[];
  export const ind: string[];
  export const ron: string[];
  export const hun: string[];
}
