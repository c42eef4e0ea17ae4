declare module 'virtual:glossary' {
  const glossary: import('./types').CompiledGlossary;
  export default glossary;
}
