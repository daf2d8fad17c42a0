// A company's name as people write it in prose: "Kallang Quay Hotels Pte Ltd" is "Kallang Quay Hotels",
// "Halcyon Biologics Singapore Pte. Ltd." is "Halcyon Biologics".

const LEGAL_FORM = String.raw`(?:Inc|Incorporated|LLC|Ltd|Limited|GmbH|gGmbH|mbH|PLC|Corp|Corporation|Co|S\.?A|AG|KG|SE|BV|B\.V|NV|Pty|Pte|Pvt|Private|Srl|S\.?r\.?l|Sdn[ \t]+Bhd|Bhd|Oy|AB|A/S|ApS)\.?`;
const LEGAL_TAIL = new RegExp(String.raw`(?:[ \t,]+${LEGAL_FORM}){1,3}$`);
/** The country of a subsidiary, written only before its legal form: "Brenntal Fördertechnik UK Ltd". */
const COUNTRY_BEFORE_FORM = /[ \t]+(?:UK|U\.K\.|USA|US|Singapore|India|Australia|Deutschland|Germany|Canada|Ireland|NZ|New Zealand|Europe|Asia|Asia Pacific|APAC|EMEA|Hong Kong|Malaysia)$/;

const PARTNERSHIP_TAIL = /[ \t,]+LLP$/;

/**
 * The name without its legal form (and a subsidiary's country before it). A signature writes the legal
 * name, so there a partnership's LLP goes too; prose that writes "LLP" means it as part of the name.
 */
export function withoutLegalForm(name: string, legalName = false): string {
  const bare = (legalName ? name.replace(PARTNERSHIP_TAIL, '') : name).replace(LEGAL_TAIL, '');
  if (bare === name) return name;
  return bare.replace(COUNTRY_BEFORE_FORM, '').trim();
}
