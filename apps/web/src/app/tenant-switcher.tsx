import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { request } from '../graphql/graphql-client';
import { apiErrorMessage } from '../lib/api-error-message';
import { startSession, type Viewer } from '../features/auth/use-viewer';
import { SwitchTenantMutation } from '../features/auth/viewer.operations';

interface TenantSwitcherProps {
  viewer: Viewer;
}

/**
 * Changing the selection opens the chosen collectivité at once (the description says so beforehand, as WCAG
 * 3.2.2 asks for a change of context). Nothing cached for the previous collectivité may survive the switch.
 */
export function TenantSwitcher({ viewer }: TenantSwitcherProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const switchTenant = useMutation({
    mutationFn: (tenantId: string) => request(SwitchTenantMutation, { tenantId }),
    onSuccess: (result) => {
      startSession(queryClient, result.switchTenant);
      void navigate('/projets');
    },
  });

  const selected = switchTenant.isPending ? switchTenant.variables : viewer.currentTenant.id;

  return (
    <div className="tenant-switcher">
      <label htmlFor="tenant-switcher" className="tenant-switcher__label">
        {t('header.tenantLabel')}
      </label>
      <select
        id="tenant-switcher"
        className="tenant-switcher__select"
        value={selected}
        disabled={switchTenant.isPending}
        aria-busy={switchTenant.isPending}
        aria-describedby="tenant-switcher-hint tenant-switcher-status"
        onChange={(event) => switchTenant.mutate(event.target.value)}
      >
        {viewer.memberships.map((membership) => (
          <option key={membership.tenant.id} value={membership.tenant.id}>
            {membership.tenant.name}
          </option>
        ))}
      </select>
      <p id="tenant-switcher-hint" className="sr-only">
        {t('header.tenantHint')}
      </p>
      <p id="tenant-switcher-status" role="status" className="tenant-switcher__status">
        {switchTenant.isPending && t('header.tenantSwitching')}
        {switchTenant.isError && <span className="text-error">{apiErrorMessage(switchTenant.error, t)}</span>}
      </p>
    </div>
  );
}
