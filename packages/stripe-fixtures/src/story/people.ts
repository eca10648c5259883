/** Names for generated cardholders (fictional). */
export const FIRST_NAMES: readonly string[] = [
  'Ava', 'Liam', 'Maya', 'Noah', 'Sofia', 'Ethan', 'Priya', 'Lucas', 'Amara', 'Mateo',
  'Hana', 'Omar', 'Chloe', 'Diego', 'Zara', 'Felix', 'Nora', 'Kenji', 'Leila', 'Samuel',
];

export const LAST_NAMES: readonly string[] = [
  'Rivera', 'Chen', 'Okafor', 'Schmidt', 'Patel', 'Nguyen', 'Garcia', 'Kowalski', 'Haddad', 'Larsen',
  'Moreau', 'Tanaka', 'Silva', 'Brennan', 'Ibrahim', 'Rossi', 'Novak', 'Adeyemi', 'Lindqvist', 'Park',
];

export const STREETS: readonly string[] = [
  'Market Street', 'Valencia Street', 'Elm Avenue', 'Oak Street', 'Broadway', 'Mission Street', 'Pine Street',
];
