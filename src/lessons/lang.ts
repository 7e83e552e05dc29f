// The page's languages, as the lesson runtime knows them (the store has the same union; the runtime
// may not import the store).
export type Lang = 'bn' | 'en';
