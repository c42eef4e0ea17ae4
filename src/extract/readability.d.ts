/** The package's Readability class, imported from its own file (see article-scope.ts). */
declare module '@mozilla/readability/Readability.js' {
  import { Readability } from '@mozilla/readability';
  export default Readability;
}
