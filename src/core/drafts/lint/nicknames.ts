// Short forms of given names. "Kate" for "Katherine" is a name the person may go by, not a typo:
// the linter points it out but never replaces it on its own.
const SHORT_FORMS_OF: Record<string, string[]> = {
  katherine: ['kate', 'kathy', 'katie', 'kat', 'kit'],
  catherine: ['cathy', 'cate', 'kate', 'cat'],
  kathryn: ['kate', 'kathy', 'katie'],
  elizabeth: ['liz', 'beth', 'lizzie', 'eliza', 'betty', 'libby'],
  william: ['will', 'bill', 'billy', 'liam'],
  robert: ['rob', 'bob', 'bobby', 'robbie', 'bert'],
  richard: ['rick', 'rich', 'dick', 'ricky'],
  james: ['jim', 'jimmy', 'jamie'],
  michael: ['mike', 'mick', 'mikey'],
  jennifer: ['jen', 'jenny'],
  margaret: ['maggie', 'meg', 'peggy', 'greta'],
  alexander: ['alex', 'sasha', 'xander'],
  alexandra: ['alex', 'sasha', 'lexi', 'sandra'],
  edward: ['ed', 'eddie', 'ted', 'ned'],
  anthony: ['tony'],
  patricia: ['pat', 'patty', 'trish', 'tricia'],
  susan: ['sue', 'susie'],
  victoria: ['vicky', 'tori'],
  rebecca: ['becky', 'becca'],
  deborah: ['deb', 'debbie'],
  charles: ['charlie', 'chuck'],
  peter: ['pete'],
  zachary: ['zach', 'zack'],
  jacob: ['jake'],
  abigail: ['abby'],
  isabella: ['bella', 'izzy'],
  isabel: ['izzy', 'bel'],
  joseph: ['joe', 'joey'],
  john: ['jack', 'johnny'],
  henry: ['hank', 'harry'],
  lawrence: ['larry'],
  stephen: ['steve'],
  steven: ['steve'],
  theodore: ['theo', 'ted', 'teddy'],
  dorothy: ['dot', 'dottie'],
  christine: ['chris', 'tina'],
  christina: ['chris', 'tina'],
  nathaniel: ['nate', 'nat'],
  nathan: ['nate'],
  frederick: ['fred', 'freddie'],
  gabrielle: ['gabby', 'gabi'],
  gabriel: ['gabe'],
};

// A Map, not an object: a name such as "constructor" must not find Object.prototype's.
const SHORT_FORMS = new Map(Object.entries(SHORT_FORMS_OF));

/** Whether one given name is a short form of the other ("Kate"/"Katherine", "Alex"/"Alexander"), folded. */
export function isShortForm(a: string, b: string): boolean {
  if (a === b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 3 && long.length - short.length >= 2 && long.startsWith(short)) return true;
  return SHORT_FORMS.get(long)?.includes(short) ?? false;
}
