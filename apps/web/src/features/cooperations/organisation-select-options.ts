import type { OrganisationOptionsQuery } from '../../graphql/generated/graphql';
import type { SelectOption } from '../../ui/select-field';

export function organisationSelectOptions(data: OrganisationOptionsQuery | undefined): SelectOption[] {
  return (data?.organisations.edges ?? []).map(({ node }) => ({ value: node.id, label: node.acronym ? `${node.name} (${node.acronym})` : node.name }));
}
