// opencc-js ships its dictionaries as modules exporting one string: "from to|from to|...".
declare module 'opencc-js/dict/TSCharacters' {
  const dictionary: string;
  export default dictionary;
}
