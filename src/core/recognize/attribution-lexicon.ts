// Word lists the attribution recognizer relies on: speech and report verbs (the cues), the
// nouns that can be a source, determiners, pronouns, and the words that mark a name as an
// organisation or a title. Kept apart so the recognizer reads as rules, not as lists.

/** Verbs that attribute what follows or precedes them to their subject (matched case-insensitively). */
export const SPEECH_VERBS = [
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'reported', 'noted', 'wrote', 'writes',
  'estimated', 'announced', 'announces', 'added', 'adds', 'declared', 'declares', 'stated',
  'argued', 'argues', 'argue', 'claimed', 'insisted', 'insists', 'warned', 'warns', 'warn', 'vowed', 'vows',
  'acknowledged', 'acknowledges', 'acknowledge', 'admitted', 'admits', 'confirmed', 'confirms', 'confirm',
  'stressed', 'stresses', 'predicted', 'predicts', 'predict', 'described', 'describes', 'describe',
  'mentioned', 'mentions', 'explained', 'explains', 'explain', 'accused', 'accuses', 'accuse',
  'cited', 'cites', 'cite', 'observed', 'recalled', 'reiterated', 'emphasized', 'emphasised',
  'contends', 'contended', 'compiled', 'conceded', 'testified', 'pointed out', 'points out', 'point out',
  'found that', 'finds that', 'concluded that', 'concludes that',
  'reports that', 'notes that', 'estimates that', 'estimate that', 'report that', 'note that',
  'claims', 'claim', 'notes', 'details', 'detailed',
  // beliefs attributed to someone ("scientists think", "Ngātiwai believe", "experts regard X as")
  'think', 'thinks', 'believe', 'believes', 'regard', 'regards',
] as const;

/** Belief verbs: attribute only with a subject a reader can point at (not "I", "we", "you", "people"). */
export const BELIEF_VERBS = new Set(['think', 'thinks', 'believe', 'believes', 'regard', 'regards']);

/** Verbs that only attribute at a clause edge ("..., he added." / "added that ...") — elsewhere they mean something else. */
export const EDGE_ONLY_VERBS = new Set(['added', 'adds', 'cited', 'cites', 'cite', 'observed', 'recalled']);

export const DETERMINERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your',
]);

export const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'am']);

/** Auxiliaries and adverbs between a subject and its verb ("has already pointed out"). */
export const VERB_PADDING = new Set([
  'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'did', 'does', 'do',
  'also', 'already', 'previously', 'recently', 'later', 'then', 'repeatedly', 'publicly', 'privately',
  'first', 'once', 'earlier', 'further', 'even', 'just', 'only', 'still', 'often', 'frequently',
  'initially', 'separately', 'reportedly', 'has since', 'ever', 'never', 'since', 'not', 'all', 'both',
  'itself', 'himself', 'herself', 'themselves',
]);

export const PERSON_PRONOUNS = new Set(['he', 'she']);
export const FIRST_PERSON = new Set(['i', 'we', 'us', 'our', 'my', 'me']);

/** Relative pronouns and conjunctions that open a new clause inside a subject chunk. */
export const CLAUSE_WORDS = new Set([
  'that', 'which', 'who', 'whom', 'because', 'when', 'while', 'if', 'but', 'so', 'than',
  'where', 'although', 'though', 'after', 'before', 'until', 'unless', 'whereas', 'as', 'yet',
]);

/** Pronouns that can stand for "anyone" as a subject ("Anyone who has ... will tell you"). */
export const INDEFINITE_SUBJECTS = new Set(['anyone', 'everyone', 'anybody', 'everybody', 'someone', 'somebody', 'those', 'people']);

/** Common nouns that can be (the head of) a source, named or vague. */
export const SOURCE_NOUNS = new Set([
  'official', 'officials', 'analyst', 'analysts', 'insider', 'insiders', 'source', 'sources', 'expert', 'experts',
  'people', 'person', 'spokesperson', 'spokesman', 'spokeswoman', 'representative', 'representatives',
  'executive', 'executives', 'researcher', 'researchers', 'scientist', 'scientists', 'economist', 'economists',
  'critic', 'critics', 'observer', 'observers', 'respondent', 'respondents', 'user', 'users', 'customer', 'customers',
  'employee', 'employees', 'worker', 'workers', 'engineer', 'engineers', 'developer', 'developers',
  'investor', 'investors', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'agency', 'government', 'company',
  'firm', 'department', 'ministry', 'police', 'authorities', 'regulator', 'regulators', 'report', 'reports',
  'study', 'survey', 'data', 'filing', 'statement', 'director', 'chief', 'ceo', 'founder', 'president',
  'secretary', 'minister', 'leader', 'leaders', 'politicians', 'residents', 'witnesses', 'witness', 'members',
  'member', 'council', 'board', 'committee', 'organization', 'organisation', 'group', 'team', 'union',
  'commission', 'court', 'judge', 'prosecutors', 'prosecutor', 'lawmakers', 'senator', 'officers', 'officer',
  'staff', 'colleague', 'programmer', 'others', 'newsroom', 'outlet', 'newspaper', 'paper', 'magazine',
  'agency', 'administration', 'operator', 'owner', 'manager', 'managers', 'professor', 'activists', 'activist',
  'advocates', 'consumers', 'owners', 'fans', 'players', 'customers', 'partners', 'partner', 'rivals',
  'competitors', 'manufacturer', 'maker', 'makers', 'vendor', 'vendors', 'carrier', 'bank', 'banks',
  'analysis', 'research', 'poll', 'document', 'documents', 'transcript', 'post', 'blog', 'memo', 'letter',
  'elders', 'locals', 'doctors', 'teachers', 'parents', 'farmers', 'scholars', 'historians', 'academics',
  'campaigners', 'conservationists', 'biologists', 'specialists', 'authors', 'maintainers', 'contributors',
  'family', 'families', 'community', 'communities', 'tribe', 'iwi',
  // documents that speak for their authors ("The change log points out", "The USPTO page notes")
  'log', 'changelog', 'page', 'website', 'announcement', 'documentation', 'manual', 'faq', 'readme', 'email',
  'message', 'tweet', 'commit', 'notice', 'authority', 'watchdog', 'regulator', 'petition', 'complaint', 'lawsuit', 'suit', 'ruling', 'order',
]);

/** Heads of a vague source ("insiders", "analysts", "people familiar with the matter"). */
export const VAGUE_HEADS = new Set([
  'official', 'officials', 'analyst', 'analysts', 'insider', 'insiders', 'source', 'sources', 'expert', 'experts',
  'people', 'person', 'critics', 'observers', 'respondent', 'respondents', 'reports', 'politicians',
  'someone', 'anyone', 'everyone', 'others', 'users', 'investors', 'residents', 'witnesses', 'researchers',
  'economists', 'executives', 'employees', 'workers', 'engineers', 'developers', 'insiders', 'activists',
  'lawmakers', 'officers', 'diplomats', 'commenters', 'commentators', 'skeptics', 'supporters', 'opponents',
  'scientists', 'elders', 'locals', 'doctors', 'teachers', 'parents', 'farmers', 'scholars', 'historians',
  'academics', 'campaigners', 'conservationists', 'biologists', 'specialists',
]);

/** Modifiers that keep a source vague ("industry insiders", "local news reports"). */
export const VAGUE_MODIFIERS = new Set([
  'a', 'an', 'the', 'some', 'many', 'several', 'one', 'another', 'other', 'most', 'few', 'two', 'three',
  'industry', 'local', 'news', 'media', 'senior', 'anonymous', 'unnamed', 'independent', 'outside', 'survey',
  'western', 'foreign', 'former', 'current', 'top', 'key', 'leading', 'various', 'multiple', 'numerous',
  'familiar', 'with', 'matter', 'situation', 'plans', 'of', 'knowledge', 'direct', 'close', 'to', 'unofficial',
  'wall', 'street', 'market', 'tech', 'security', 'legal', 'some', 'certain',
]);

/** Words that mark a capitalised name as an organisation rather than a person. */
export const ORG_WORDS = new Set([
  'inc', 'corp', 'corporation', 'co', 'ltd', 'llc', 'group', 'council', 'agency', 'department', 'ministry',
  'media', 'news', 'times', 'post', 'journal', 'press', 'house', 'party', 'university', 'institute', 'bank',
  'company', 'association', 'commission', 'committee', 'office', 'service', 'services', 'space', 'station',
  'international', 'foundation', 'labs', 'systems', 'technologies', 'motors', 'airlines', 'networks',
  'insider', 'reuters', 'bloomberg', 'microsoft', 'amazon', 'google', 'apple', 'facebook', 'meta',
  'nasa', 'court', 'congress', 'senate', 'parliament', 'government', 'administration', 'authority', 'board',
  'city', 'state', 'federal', 'national', 'world', 'global', 'museum', 'organization', 'organisation',
  'union', 'images', 'photos', 'pictures', 'wire', 'tourism', 'travel', 'protection', 'environmental', 'transportation', 'construction', 'design', 'energy',
]);

/** Titles that precede a person's name in a capitalised run ("Prime Minister Habib Essid"). */
export const TITLE_WORDS = new Set([
  'minister', 'president', 'secretary', 'ceo', 'cfo', 'cto', 'coo', 'director', 'chairman', 'chairwoman',
  'chair', 'senator', 'sen', 'rep', 'representative', 'governor', 'gov', 'mayor', 'judge', 'chief', 'officer',
  'spokesman', 'spokeswoman', 'spokesperson', 'founder', 'cofounder', 'co-founder', 'analyst', 'professor',
  'prof', 'dr', 'mr', 'mrs', 'ms', 'general', 'gen', 'commissioner', 'king', 'queen', 'prince', 'pope',
  'vice', 'deputy', 'head', 'editor', 'reporter', 'executive', 'vp', 'chancellor', 'premier', 'leader',
]);

const HONORIFICS: ReadonlySet<string> = new Set(['Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof'].flatMap((h) => [h, `${h}.`]));

/** "Mr", "Mr.", "Dr.", "Prof" ...: a person's honorific, as written (case matters). */
export function isHonorific(word: string): boolean {
  return HONORIFICS.has(word);
}

/** Words that start sentences and so are capitalised without being names. */
export const CAPITALISED_FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'as', 'and', 'but', 'or', 'so', 'in', 'on', 'at', 'for', 'to', 'of', 'by', 'with', 'from',
  'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'my', 'our', 'his', 'her',
  'their', 'when', 'while', 'if', 'after', 'before', 'still', 'even', 'also', 'then', 'now', 'however', 'one',
  'another', 'some', 'many', 'most', 'several', 'each', 'every', 'all', 'both', 'there', 'here', 'what', 'which',
  'who', 'why', 'how', 'since', 'because', 'although', 'though', 'yet', 'unless', 'until', 'once', 'despite',
  'during', 'last', 'next', 'according', 'sure', 'simply', 'typically', 'currently', 'meanwhile', 'anyone',
  'everyone', 'nobody', 'just', 'only', 'not', 'no', 'is', 'was', 'are', 'were', 'be', 'image', 'photo',
]);
