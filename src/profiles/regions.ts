/**
 * States, provinces and countries as plain data: what may follow the comma of a dateline
 * written in mixed case without a date or an agency ("New York, NY –", "Austin, Texas —",
 * "Kyiv, Ukraine -"). Such a place is taken for a dateline only when its second part is
 * one of these, since "Mehmet Oz — Ivy League-trained surgeon" has the same shape.
 * Matching ignores case and a final period ("Calif." and "CALIF" both match).
 */

/** US states and DC: name, AP abbreviation, postal code. */
const US_STATES = [
  'Alabama|Ala.|AL', 'Alaska|AK', 'Arizona|Ariz.|AZ', 'Arkansas|Ark.|AR', 'California|Calif.|Cal.|CA',
  'Colorado|Colo.|CO', 'Connecticut|Conn.|CT', 'Delaware|Del.|DE', 'Florida|Fla.|FL', 'Georgia|Ga.|GA',
  'Hawaii|HI', 'Idaho|ID', 'Illinois|Ill.|IL', 'Indiana|Ind.|IN', 'Iowa|IA', 'Kansas|Kan.|Kans.|KS',
  'Kentucky|Ky.|KY', 'Louisiana|La.|LA', 'Maine|ME', 'Maryland|Md.|MD', 'Massachusetts|Mass.|MA',
  'Michigan|Mich.|MI', 'Minnesota|Minn.|MN', 'Mississippi|Miss.|MS', 'Missouri|Mo.|MO', 'Montana|Mont.|MT',
  'Nebraska|Neb.|Nebr.|NE', 'Nevada|Nev.|NV', 'New Hampshire|N.H.|NH', 'New Jersey|N.J.|NJ',
  'New Mexico|N.M.|N.Mex.|NM', 'New York|N.Y.|NY', 'North Carolina|N.C.|NC', 'North Dakota|N.D.|N.Dak.|ND',
  'Ohio|OH', 'Oklahoma|Okla.|OK', 'Oregon|Ore.|Oreg.|OR', 'Pennsylvania|Pa.|Penn.|Penna.|PA',
  'Rhode Island|R.I.|RI', 'South Carolina|S.C.|SC', 'South Dakota|S.D.|S.Dak.|SD', 'Tennessee|Tenn.|TN',
  'Texas|Tex.|TX', 'Utah|UT', 'Vermont|Vt.|VT', 'Virginia|Va.|VA', 'Washington|Wash.|WA',
  'West Virginia|W.Va.|W.V.|WV', 'Wisconsin|Wis.|Wisc.|WI', 'Wyoming|Wyo.|WY', 'District of Columbia|D.C.|DC',
  'Puerto Rico|P.R.|PR', 'Guam',
];

/** Canadian provinces and territories, Australian states, the UK's nations. */
const OTHER_REGIONS = [
  'Ontario|Ont.|ON', 'Quebec|Que.|QC', 'British Columbia|B.C.|BC', 'Alberta|Alta.|AB', 'Manitoba|Man.|MB',
  'Saskatchewan|Sask.|SK', 'Nova Scotia|N.S.|NS', 'New Brunswick|N.B.|NB', 'Newfoundland|Newfoundland and Labrador|Nfld.|NL',
  'Prince Edward Island|P.E.I.|PE', 'Yukon', 'Nunavut', 'Northwest Territories|N.W.T.',
  'New South Wales|NSW', 'Victoria', 'Queensland|QLD', 'Western Australia|WA', 'South Australia|SA', 'Tasmania', 'Northern Territory',
  'England', 'Scotland', 'Wales', 'Northern Ireland', 'UK|U.K.', 'USA|U.S.A.|U.S.|US',
];

/**
 * Countries and territories by their common English names (the `name.common` field of the
 * world-countries data package, 5.1.0, written out here so that nothing is read at run time),
 * plus a few names newspapers still use.
 */
const COUNTRIES = (
  'Afghanistan|Albania|Algeria|American Samoa|Andorra|Angola|Anguilla|Antarctica|Antigua and Barbuda|Argentina|'
  + 'Armenia|Aruba|Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|'
  + 'Bermuda|Bhutan|Bolivia|Bosnia and Herzegovina|Bosnia|Botswana|Brazil|British Virgin Islands|Brunei|Bulgaria|'
  + 'Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Cayman Islands|Central African Republic|Chad|Chile|'
  + 'China|Colombia|Comoros|Cook Islands|Costa Rica|Croatia|Cuba|Cyprus|Czechia|Czech Republic|DR Congo|Congo|'
  + 'Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|'
  + 'Eswatini|Swaziland|Ethiopia|Falkland Islands|Faroe Islands|Fiji|Finland|France|French Guiana|French Polynesia|'
  + 'Gabon|Gambia|Georgia|Germany|Ghana|Gibraltar|Greece|Greenland|Grenada|Guadeloupe|Guatemala|Guernsey|Guinea|'
  + 'Guinea-Bissau|Guyana|Haiti|Honduras|Hong Kong|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Isle of Man|'
  + 'Israel|Italy|Ivory Coast|Jamaica|Japan|Jersey|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|'
  + 'Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Macau|Madagascar|Malawi|Malaysia|'
  + 'Maldives|Mali|Malta|Marshall Islands|Martinique|Mauritania|Mauritius|Mayotte|Mexico|Micronesia|Moldova|Monaco|'
  + 'Mongolia|Montenegro|Montserrat|Morocco|Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|Holland|'
  + 'New Caledonia|New Zealand|Nicaragua|Niger|Nigeria|Niue|North Korea|North Macedonia|Macedonia|'
  + 'Northern Mariana Islands|Norway|Oman|Pakistan|Palau|Palestine|Gaza|West Bank|Panama|Papua New Guinea|Paraguay|'
  + 'Peru|Philippines|Poland|Portugal|Qatar|Republic of the Congo|Romania|Russia|Rwanda|Saint Kitts and Nevis|'
  + 'Saint Lucia|Saint Vincent and the Grenadines|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|'
  + 'Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|South Korea|Korea|South Sudan|'
  + 'Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Timor-Leste|'
  + 'East Timor|Togo|Tonga|Trinidad and Tobago|Trinidad|Tunisia|Turkey|Turkiye|Turkmenistan|Turks and Caicos Islands|'
  + 'Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|United States|Uruguay|Uzbekistan|Vanuatu|'
  + 'Vatican City|Vatican|Venezuela|Vietnam|Western Sahara|Yemen|Zambia|Zimbabwe'
).split('|');

/** Lower case, without a final period or spaces inside abbreviations ("W. Va." → "w.va"). */
function key(name: string): string {
  return name.trim().toLowerCase().replace(/\.\s+/g, '.').replace(/\.$/, '');
}

const REGIONS = new Set([...US_STATES, ...OTHER_REGIONS].flatMap((row) => row.split('|')).concat(COUNTRIES).map(key));

/**
 * Is `name` a US state, a province or state of Canada or Australia, a UK nation or a country?
 * A code of two or three letters counts in capitals only ("NY", "UK"; "Me" and "Ok" are words).
 */
export function isRegionName(name: string): boolean {
  const trimmed = name.trim();
  if (/^\p{L}{2,3}$/u.test(trimmed) && trimmed !== trimmed.toUpperCase()) return false;
  return REGIONS.has(key(trimmed));
}
