// Name pools for the background population and staff: common Swedish names by generation,
// and names of other origins that are common in Sweden. Named personas are in families.ts
// and staff.ts.

export type NamePool = {
  female: readonly string[];
  male: readonly string[];
  family: readonly string[];
};

export type Generation = 'born-before-1960' | 'born-1960-1999' | 'born-2000-on';

// prettier-ignore
const SWEDISH_FAMILY = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson',
  'Svensson', 'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson',
  'Jönsson', 'Lindberg', 'Jakobsson', 'Magnusson', 'Lindström', 'Olofsson', 'Lindqvist',
  'Lindgren', 'Axelsson', 'Berg', 'Bergström', 'Lundberg', 'Lundgren', 'Lundqvist', 'Mattsson',
  'Berglund', 'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Wallin',
  'Engström', 'Danielsson', 'Håkansson', 'Eklund', 'Lund', 'Gunnarsson', 'Holm', 'Samuelsson',
  'Fransson', 'Nyström', 'Björk',
];

/** Swedish given names as they were common when each generation was born. */
// prettier-ignore
export const SWEDISH: Record<Generation, NamePool> = {
  'born-before-1960': {
    female: ['Birgitta', 'Gunilla', 'Ulla', 'Ingegerd', 'Margareta', 'Kerstin', 'Britt', 'Inger', 'Gunnel', 'Barbro', 'Elisabeth', 'Ingrid', 'Astrid', 'Margit', 'Siv', 'Maj-Britt'],
    male: ['Bengt', 'Gösta', 'Lennart', 'Rolf', 'Åke', 'Sven', 'Karl-Erik', 'Bo', 'Göran', 'Kjell', 'Leif', 'Bertil', 'Ove', 'Stig', 'Hans', 'Sten'],
    family: SWEDISH_FAMILY,
  },
  'born-1960-1999': {
    female: ['Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Christina', 'Lena', 'Emma', 'Malin', 'Johanna', 'Sofia', 'Elin', 'Hanna', 'Jenny', 'Linda', 'Camilla', 'Jessica', 'Annika', 'Helena', 'Petra', 'Therese', 'Frida', 'Ida', 'Linnéa'],
    male: ['Lars', 'Mikael', 'Anders', 'Johan', 'Per', 'Erik', 'Peter', 'Thomas', 'Daniel', 'Fredrik', 'Andreas', 'Stefan', 'Marcus', 'Mattias', 'Magnus', 'Jonas', 'Niklas', 'Henrik', 'Martin', 'Patrik', 'Tobias', 'Joakim', 'Christoffer', 'Oskar'],
    family: SWEDISH_FAMILY,
  },
  'born-2000-on': {
    female: ['Alice', 'Maja', 'Ella', 'Saga', 'Wilma', 'Alva', 'Astrid', 'Ebba', 'Elsa', 'Vera', 'Klara', 'Signe', 'Agnes', 'Selma', 'Freja', 'Olivia', 'Julia', 'Alma', 'Stella', 'Elvira', 'Moa', 'Tyra', 'Ines', 'Lilly'],
    male: ['William', 'Liam', 'Noah', 'Hugo', 'Lucas', 'Oliver', 'Elias', 'Adam', 'Axel', 'Alexander', 'Viktor', 'Isak', 'Leo', 'Theo', 'Nils', 'Vincent', 'Oscar', 'Melvin', 'Ludvig', 'Filip', 'Sixten', 'Love', 'Malte', 'Edvin'],
    family: SWEDISH_FAMILY,
  },
};

/** Other origins common in Sweden, with a weight against the Swedish pool's 14. */
// prettier-ignore
export const OTHER_ORIGINS: readonly (NamePool & { weight: number })[] = [
  { weight: 2, // Arabic (Iraq, Syria, Lebanon)
    female: ['Fatima', 'Amira', 'Leila', 'Yasmin', 'Maryam', 'Nour', 'Aya', 'Rana', 'Hiba', 'Lina', 'Zainab'],
    male: ['Mohammed', 'Ali', 'Omar', 'Ahmad', 'Hassan', 'Yusuf', 'Karim', 'Khaled', 'Ibrahim', 'Mustafa', 'Hussein'],
    family: ['Ali', 'Hassan', 'Hussein', 'Mohammed', 'Ahmed', 'Haddad', 'Khalil', 'Said', 'Abbas', 'Saleh', 'Mansour'] },
  { weight: 1, // Somali
    female: ['Hodan', 'Amina', 'Fadumo', 'Sahra', 'Ayan', 'Hibo'],
    male: ['Abdi', 'Mahad', 'Abdullahi', 'Mohamed', 'Yusuf', 'Liban'],
    family: ['Abdi', 'Osman', 'Farah', 'Warsame', 'Hirsi', 'Jama', 'Nur'] },
  { weight: 1, // Turkish and Kurdish
    female: ['Zeynep', 'Elif', 'Ayşe', 'Emine', 'Dilan', 'Rojda'],
    male: ['Mehmet', 'Emre', 'Can', 'Deniz', 'Baran', 'Murat'],
    family: ['Yilmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Aydin', 'Doğan'] },
  { weight: 1, // Bosnian, Serbian, Croatian
    female: ['Milica', 'Amra', 'Jelena', 'Emina', 'Ana', 'Lejla'],
    male: ['Dragan', 'Emir', 'Nikola', 'Amer', 'Marko', 'Adnan'],
    family: ['Jovanović', 'Popović', 'Kovačević', 'Hodžić', 'Begić', 'Petrović', 'Nikolić'] },
  { weight: 1, // Polish
    female: ['Aleksandra', 'Marta', 'Katarzyna', 'Agnieszka', 'Zofia', 'Natalia'],
    male: ['Piotr', 'Tomasz', 'Krzysztof', 'Jakub', 'Paweł', 'Michał'],
    family: ['Nowak', 'Wójcik', 'Kaczmarek', 'Mazur', 'Krawczyk', 'Zając'] },
  { weight: 1, // Finnish
    female: ['Aino', 'Tuula', 'Pirjo', 'Kaarina', 'Sanna', 'Riikka'],
    male: ['Juha', 'Matti', 'Jari', 'Pekka', 'Timo', 'Mikko'],
    family: ['Nieminen', 'Virtanen', 'Korhonen', 'Mäkinen', 'Heikkinen', 'Laine', 'Koskinen'] },
  { weight: 1, // Iranian
    female: ['Shirin', 'Parisa', 'Nasrin', 'Mina', 'Roya', 'Azadeh'],
    male: ['Reza', 'Amir', 'Dariush', 'Kaveh', 'Arash', 'Babak'],
    family: ['Rahimi', 'Hosseini', 'Ahmadi', 'Mohammadi', 'Rezaei', 'Jafari'] },
  { weight: 1, // Vietnamese
    female: ['Mai', 'Lan', 'Linh', 'Huong', 'Thu', 'Anh'],
    male: ['Minh', 'Duc', 'Tuan', 'Hung', 'Nam', 'Long'],
    family: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang'] },
];

export const SWEDISH_WEIGHT = 14;

const LETTERS_WITHOUT_DECOMPOSITION: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', æ: 'ae' };

/** Lowercase ASCII for e-mail addresses and HSA-ids: `Linnéa Wójcik` -> `linnea`, `wojcik`. */
export function asciiFold(name: string): string {
  return name
    .toLowerCase()
    .replace(/[łđøæ]/g, (letter) => LETTERS_WITHOUT_DECOMPOSITION[letter] ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}
