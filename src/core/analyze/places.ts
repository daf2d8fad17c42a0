// Places written after a job title say where the post is ("(Ontario)", "– North West England", ", Leeds City
// Centre", "(Austin, TX)"), not which post it is. Countries, the states, provinces and regions of the larger
// ones, trade regions (EMEA, DACH) and large cities, in lower case. A general list, not drawn from any corpus.

const PLACE_NAMES =
  'aarhus|aberdeen|abu dhabi|abuja|accra|act|addis ababa|adelaide|afghanistan|africa|ahmedabad|alabama|alaska|' +
  'albania|alberta|albuquerque|alexandria|algeria|amsterdam|anchorage|andhra pradesh|andorra|angola|ankara|' +
  'antwerp|anz|apac|argentina|arizona|arkansas|armenia|arunachal pradesh|asia|asia pacific|assam|athens|' +
  'atlanta|auckland|austin|australia|australian capital territory|austria|azerbaijan|baden-württemberg|bahamas|' +
  'bahrain|baltimore|bangalore|bangkok|bangladesh|barbados|barcelona|basel|bavaria|bay area|bayern|beijing|' +
  'belarus|belfast|belgium|belgrade|belize|benelux|bengaluru|benin|bergen|berlin|bern|bhutan|bihar|bilbao|' +
  'birmingham|bogota|bogotá|boise|bolivia|bologna|bombay|bordeaux|bosnia|boston|botswana|brandenburg|' +
  'bratislava|brazil|bremen|brighton|brisbane|bristol|britain|british columbia|brno|brunei|brussels|bucharest|' +
  'budapest|buenos aires|buffalo|bulgaria|burkina faso|burundi|busan|cairo|calcutta|calgary|california|' +
  'cambodia|cambridge|cameroon|canada|canberra|cape town|caracas|cardiff|casablanca|cebu|chandigarh|charlotte|' +
  'chengdu|chennai|chhattisgarh|chicago|chile|china|christchurch|cincinnati|cleveland|cluj|coimbatore|cologne|' +
  'colombia|colombo|colorado|columbus|comoros|congo|connecticut|copenhagen|cork|costa rica|coventry|croatia|' +
  'cuba|cyprus|czech republic|czechia|dach|dallas|dar es salaam|darwin|delaware|delhi|delhi ncr|denmark|denver|' +
  'detroit|dhaka|district of columbia|djibouti|doha|dominica|dominican republic|dresden|dubai|dublin|durban|' +
  'düsseldorf|east coast|ecuador|edinburgh|edmonton|egypt|eindhoven|el salvador|emea|england|eritrea|espoo|' +
  'estonia|eswatini|ethiopia|europe|fiji|finland|florence|florida|france|frankfurt|fukuoka|gabon|galway|gambia|' +
  'gdansk|geneva|genoa|georgia|germany|ghana|ghent|glasgow|goa|gold coast|gothenburg|great britain|' +
  'greater london|greece|grenada|guadalajara|guangzhou|guatemala|guinea|gujarat|gulf coast|gurgaon|gurugram|' +
  'guyana|haifa|haiti|halifax|hamburg|hangzhou|hannover|hanoi|hartford|haryana|hawaii|helsinki|hesse|hessen|' +
  'himachal pradesh|ho chi minh city|hobart|home counties|honduras|hong kong|honolulu|houston|hungary|' +
  'hyderabad|iceland|idaho|illinois|india|indiana|indianapolis|indonesia|indore|iowa|iran|iraq|ireland|' +
  'islamabad|israel|istanbul|italy|ivory coast|izmir|jaipur|jakarta|jamaica|japan|jeddah|jerusalem|jharkhand|' +
  'johannesburg|kampala|kansas|kansas city|karachi|karnataka|kathmandu|kazakhstan|kentucky|kenya|kerala|kigali|' +
  'kochi|kolkata|korea|kosovo|krakow|kraków|ksa|kuala lumpur|kuwait|kuwait city|kyoto|kyrgyzstan|köln|lagos|' +
  'lahore|laos|las vegas|latam|latin america|latvia|lausanne|lebanon|leeds|leicester|leipzig|lesotho|liberia|' +
  'libya|liechtenstein|lille|lima|lisbon|lithuania|liverpool|ljubljana|london|los angeles|louisiana|louisville|' +
  'lower saxony|lucknow|luxembourg|lyon|macau|madagascar|madhya pradesh|madras|madrid|maharashtra|maine|malaga|' +
  'malawi|malaysia|maldives|mali|malmö|malta|manama|manchester|manila|manipur|manitoba|marseille|maryland|' +
  'massachusetts|mauritania|mauritius|mecklenburg-vorpommern|medellín|meghalaya|melbourne|memphis|mexico|' +
  'mexico city|miami|michigan|middle east|midlands|midwest|milan|milano|milwaukee|minneapolis|minnesota|' +
  'mississippi|missouri|mizoram|moldova|mombasa|monaco|mongolia|montana|montenegro|monterrey|montevideo|' +
  'montreal|montréal|morocco|mozambique|mumbai|munich|muscat|myanmar|münchen|nagaland|nagoya|nairobi|namibia|' +
  'nantes|naples|nashville|ncr|nebraska|nepal|netherlands|nevada|new brunswick|new delhi|new england|' +
  'new hampshire|new jersey|new mexico|new orleans|new south wales|new york|new york city|new zealand|' +
  'newcastle|newfoundland|nicaragua|niedersachsen|niger|nigeria|noida|nordics|north america|north carolina|' +
  'north dakota|north macedonia|north rhine-westphalia|northern ireland|northern territory|' +
  'northwest territories|norway|nottingham|nova scotia|nrw|nsw|nunavut|nuremberg|nyc|nürnberg|oakland|oceania|' +
  'odisha|ohio|oklahoma|omaha|oman|ontario|oregon|orlando|osaka|oslo|ottawa|oxford|pacific northwest|pakistan|' +
  'panama|papua new guinea|paraguay|paris|penang|pennsylvania|perth|peru|philadelphia|philippines|phoenix|' +
  'pittsburgh|poland|portland|porto|portugal|poznan|prague|pretoria|prince edward island|providence|' +
  'puerto rico|pune|punjab|qatar|qld|quebec|quebec city|queensland|quito|québec|rajasthan|raleigh|regina|' +
  'rhineland-palatinate|rhode island|richmond|riga|rio de janeiro|riyadh|rochester|romania|rome|rotterdam|' +
  'russia|rwanda|saarland|sachsen|sacramento|salt lake city|san antonio|san diego|san francisco|san jose|' +
  'santiago|sao paulo|saskatchewan|saskatoon|saudi arabia|saxony|saxony-anhalt|schleswig-holstein|scotland|' +
  'seattle|senegal|seoul|serbia|seville|seychelles|shanghai|sheffield|shenzhen|sierra leone|sikkim|singapore|' +
  'slovakia|slovenia|sofia|somalia|south africa|south america|south australia|south carolina|south dakota|' +
  'south korea|southampton|southeast asia|spain|sri lanka|st. louis|stockholm|stuttgart|sudan|surabaya|' +
  'suriname|sweden|switzerland|sydney|syria|são paulo|taipei|taiwan|tajikistan|tallinn|tamil nadu|tampa|' +
  'tanzania|tasmania|tel aviv|telangana|tennessee|texas|thailand|the hague|the midlands|thessaloniki|thuringia|' +
  'togo|tokyo|toronto|toulouse|tri-state|trinidad|tripura|tucson|tunisia|turin|turkey|turkmenistan|türkiye|uae|' +
  'uganda|uk|ukraine|united arab emirates|united kingdom|united states|uruguay|us|usa|utah|utrecht|' +
  'uttar pradesh|uttarakhand|uzbekistan|valencia|vancouver|venezuela|venice|vermont|vic|victoria|vienna|' +
  'viet nam|vietnam|vilnius|virginia|wa|wales|warsaw|washington|wellington|west bengal|west coast|' +
  'west virginia|western australia|wien|winnipeg|wisconsin|wroclaw|wrocław|wuhan|wyoming|yemen|yokohama|yukon|' +
  'zagreb|zambia|zimbabwe|zurich|zürich';

/** Words that point within a place ("West Central Saskatchewan", "Greater Manchester"). */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'greater', 'upper', 'lower', 'inner', 'outer', 'metro', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);
const MAX_PLACE_WORDS = 3;

let known: Set<string> | null = null;
const places = () => (known ??= new Set(PLACE_NAMES.split('|')));

/** True when one piece of a qualifier ("Glasgow Central", "West Central Saskatchewan", "UK") starts with a place. */
function startsWithPlace(piece: string): boolean {
  const all = piece.toLowerCase().split(/[ \t]+/);
  const words = all.slice(Math.max(0, all.findIndex((word) => !COMPASS.has(word))));
  for (let n = Math.min(MAX_PLACE_WORDS, words.length); n > 0; n--) if (places().has(words.slice(0, n).join(' '))) return true;
  return false;
}

/**
 * True when the words after a title say where the post is: each piece (split at "/", ",", "&" and "and") is a
 * place or a single word beside one ("Lincoln, UK"), and one piece at least is a place.
 */
export function isPlaceQualifier(words: string): boolean {
  const pieces = words.split(/[ \t]*(?:[/,&]|\band\b)[ \t]*/).map((piece) => piece.trim()).filter(Boolean);
  if (pieces.length === 0 || pieces.length > 4) return false;
  const placed = pieces.map(startsWithPlace);
  return placed.some(Boolean) && pieces.every((piece, i) => placed[i] || !/[ \t]/.test(piece));
}

/** True when a run of capitalised words is a known place ("New York") or one pointed within ("North Lawndale", "West Side"). */
export function isPlaceName(run: string): boolean {
  const words = run.toLowerCase().split(/[ \t]+/);
  return places().has(words.join(' ')) || (words.length >= 2 && COMPASS.has(words[0] ?? ''));
}

/** True when a run of words is a known place itself ("Singapore", "San Francisco"), not one pointed within. */
export const isKnownPlace = (run: string): boolean => places().has(run.toLowerCase().split(/[ \t]+/).join(' '));
