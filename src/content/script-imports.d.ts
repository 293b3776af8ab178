// crxjs's `?script&module` import (src/content/index.ts): the built file's path, from the
// extension's root. Declared here rather than through all of crxjs's client types.
declare module '*?script&module' {
  const fileName: string;
  export default fileName;
}
