import { z } from 'zod';
import { TENANT_KINDS } from '@passerelles/domain/member-role';
import { optionalAmount, requiredText } from './common-fields';
import { regionCodeField, sirenField } from './account.schemas';

export const updateTenantSchema = z.object({
  name: requiredText(2, 200),
  kind: z.enum(TENANT_KINDS),
  siren: sirenField,
  regionCode: regionCodeField,
});

/** Revenues of the water, sanitation, waste and energy services for one year: bases of the 1 % ceilings. */
export const serviceRevenuesSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  waterRevenue: optionalAmount,
  sanitationRevenue: optionalAmount,
  wasteRevenue: optionalAmount,
  energyRevenue: optionalAmount,
});

export type UpdateTenantValues = z.infer<typeof updateTenantSchema>;
export type ServiceRevenuesValues = z.infer<typeof serviceRevenuesSchema>;
