import { escapeHtml } from './html-escape';

export interface EmailLayoutInput {
  preheader: string;
  title: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer: string;
}

/** A single-column layout with inline styles (mail clients ignore style sheets); contrast meets WCAG AA. */
export function renderEmailHtml(input: EmailLayoutInput): string {
  const paragraphs = input.paragraphs
    .map((paragraph) => `<p style="margin:0 0 16px;font-size:16px;line-height:1.5;color:#1f2937">${escapeHtml(paragraph)}</p>`)
    .join('\n');
  const action = input.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(input.action.url)}" style="display:inline-block;background:#000091;color:#ffffff;padding:12px 20px;border-radius:4px;font-weight:bold;text-decoration:none">${escapeHtml(input.action.label)}</a></p>
<p style="margin:0 0 16px;font-size:14px;color:#374151">Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :<br><span style="word-break:break-all">${escapeHtml(input.action.url)}</span></p>`
    : '';
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(input.title)}</title></head>
<body style="margin:0;padding:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif">
<span style="display:none;max-height:0;overflow:hidden">${escapeHtml(input.preheader)}</span>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-radius:6px">
<tr><td style="padding:24px 32px;border-bottom:4px solid #000091"><strong style="font-size:20px;color:#000091">Passerelles</strong></td></tr>
<tr><td style="padding:32px">
<h1 style="margin:0 0 24px;font-size:22px;color:#111827">${escapeHtml(input.title)}</h1>
${paragraphs}
${action}
</td></tr>
<tr><td style="padding:16px 32px;font-size:12px;color:#4b5563;border-top:1px solid #e5e7eb">${escapeHtml(input.footer)}</td></tr>
</table></td></tr></table>
</body></html>`;
}

export function renderEmailText(input: EmailLayoutInput): string {
  const lines = [input.title, '', ...input.paragraphs.flatMap((paragraph) => [paragraph, ''])];
  if (input.action) lines.push(`${input.action.label} : ${input.action.url}`, '');
  lines.push('--', input.footer);
  return lines.join('\n');
}
