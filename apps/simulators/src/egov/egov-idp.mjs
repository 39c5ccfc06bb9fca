// The eGov identity provider stand-in: a real OpenID Connect provider (oidc-provider 9:
// discovery, JWKS, authorization code flow with PKCE) whose login page lets a tester enter an
// IIN and a name instead of signing with a digital signature. For the demo and the tests only,
// never deployed. oidc-provider is ESM-only, so this runs as its own process:
//
//   node apps/simulators/src/egov/egov-idp.mjs
//
// SIM_EGOV_PORT (default 3101; 0 = any free port), SIM_EGOV_HOST (127.0.0.1), SIM_EGOV_CLIENT_ID
// (invataxi), SIM_EGOV_CLIENT_SECRET (required, 32+ characters), SIM_EGOV_REDIRECT_URIS (comma
// list of the relying party's callback URLs), SIM_EGOV_PEOPLE (optional JSON [{iin, name}]: the
// people offered on the login page). The first line on stdout is `egov-idp ready <issuer>`.
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const env = process.env;
const host = env.SIM_EGOV_HOST ?? '127.0.0.1';
const port = Number(env.SIM_EGOV_PORT ?? 3101);
const clientId = env.SIM_EGOV_CLIENT_ID ?? 'invataxi';
const clientSecret = env.SIM_EGOV_CLIENT_SECRET ?? '';
const redirectUris = (env.SIM_EGOV_REDIRECT_URIS ?? 'http://127.0.0.1:3000/auth/egov/callback')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
if (clientSecret.length < 32) {
  process.stderr.write('egov-idp: SIM_EGOV_CLIENT_SECRET must be 32+ characters\n');
  process.exit(2);
}

/** People offered on the login page (the demo passes its riders); any other IIN can be typed. */
const people = (() => {
  try {
    const list = JSON.parse(env.SIM_EGOV_PEOPLE ?? '[]');
    return Array.isArray(list) ? list.filter((p) => /^\d{12}$/.test(p?.iin ?? '') && p.name) : [];
  } catch {
    return [];
  }
})();

/** Accounts signed in so far: subject -> { iin, name }. The subject is stable per IIN. */
const accounts = new Map();
const subjectOf = (iin) =>
  'egov-' + createHash('sha256').update(`egov-sim:${iin}`).digest('hex').slice(0, 24);

const TEXTS = {
  kk: {
    title: 'eGov арқылы кіру (сынақ стенді)',
    banner: 'Бұл нақты eGov емес: сынаққа арналған стенд. Электрондық қолтаңба сұралмайды.',
    pick: 'Тізімнен адамды таңдаңыз',
    orEnter: 'немесе ЖСН мен атын енгізіңіз',
    iin: 'ЖСН (12 сан)',
    name: 'Аты-жөні',
    submit: 'Кіру',
    cancel: 'Бас тарту',
    badIin: 'ЖСН — жеке куәліктегідей 12 цифр, мысалы 900101300811. Енгізілген цифрлар: {n}.',
    badName: 'Аты-жөніңізді жеке куәліктегідей жазыңыз.',
    none: 'Ешкім таңдалмаған',
    language: 'Тіл',
  },
  ru: {
    title: 'Вход через eGov (тестовый стенд)',
    banner: 'Это не настоящий eGov, а стенд для проверки. Электронная подпись не запрашивается.',
    pick: 'Выберите человека из списка',
    orEnter: 'или введите ИИН и имя',
    iin: 'ИИН (12 цифр)',
    name: 'ФИО',
    submit: 'Войти',
    cancel: 'Отказаться',
    badIin:
      'ИИН — это 12 цифр, как в удостоверении личности, например 900101300811. Сейчас введено цифр: {n}.',
    badName: 'Введите фамилию, имя и отчество, как в удостоверении личности.',
    none: 'Никто не выбран',
    language: 'Язык',
  },
  en: {
    title: 'Sign in with eGov (test stand-in)',
    banner: 'This is not the real eGov: it is a stand-in for testing. No digital signature is asked for.',
    pick: 'Pick a person from the list',
    orEnter: 'or enter an IIN and a name',
    iin: 'IIN (12 digits)',
    name: 'Full name',
    submit: 'Sign in',
    cancel: 'Cancel',
    badIin: 'The IIN is 12 digits, as on the identity card, for example 900101300811. Digits entered: {n}.',
    badName: 'Enter your full name as on the identity card.',
    none: 'Nobody picked',
    language: 'Language',
  },
};
const LANGS = ['kk', 'ru', 'en'];
const LANG_NAMES = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

const esc = (s) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

const STYLE = `body{font:1.125rem/1.5 system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#111}
.banner{background:#fff4ce;border:2px solid #7a5b00;padding:.75rem;border-radius:.25rem}
label{display:block;font-weight:600;margin-top:1rem}input,select{font:inherit;padding:.5rem;width:100%;box-sizing:border-box;border:2px solid #444;border-radius:.25rem}
button{font:inherit;padding:.6rem 1.2rem;margin:1.25rem .5rem 0 0;border-radius:.25rem;border:2px solid #0b4f8a;background:#0b4f8a;color:#fff;min-height:44px}
button.secondary{background:#fff;color:#0b4f8a}.error{color:#a00000;font-weight:600}
:focus-visible{outline:3px solid #0b4f8a;outline-offset:2px}nav a{margin-right:1rem}`;

/**
 * The login page. A refused field says why at the field itself (its message tied to it with
 * aria-describedby, aria-invalid set, focus put there), in the page's language.
 */
function page(lang, uid, { error, iin = '', name = '' } = {}) {
  const t = TEXTS[lang];
  const options = people
    .map((p) => `<option value="${esc(p.iin)}|${esc(p.name)}">${esc(p.name)} (${esc(p.iin)})</option>`)
    .join('');
  const invalid = (field) =>
    error?.field === field ? ` aria-invalid="true" aria-describedby="${field}-error" autofocus` : '';
  const message = (field) =>
    error?.field === field ? `<p class="error" role="alert" id="${field}-error">${esc(error.text)}</p>` : '';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t.title)}</title><style>${STYLE}</style></head><body><main>
<nav aria-label="${esc(t.language)}">${LANGS.map((l) => `<a href="/interaction/${esc(uid)}?lang=${l}" lang="${l}"${l === lang ? ' aria-current="page"' : ''}>${LANG_NAMES[l]}</a>`).join('')}</nav>
<h1>${esc(t.title)}</h1><p class="banner" role="note">${esc(t.banner)}</p>
<form method="post" action="/interaction/${esc(uid)}/login">
<input type="hidden" name="lang" value="${lang}">
${people.length ? `<label for="person">${esc(t.pick)}</label><select id="person" name="person"><option value="">${esc(t.none)}</option>${options}</select><p>${esc(t.orEnter)}</p>` : ''}
<label for="iin">${esc(t.iin)}</label><input id="iin" name="iin" inputmode="numeric" autocomplete="off" value="${esc(iin)}"${invalid('iin')}>
${message('iin')}
<label for="name">${esc(t.name)}</label><input id="name" name="name" autocomplete="name" value="${esc(name)}"${invalid('name')}>
${message('name')}
<button type="submit">${esc(t.submit)}</button></form>
<form method="post" action="/interaction/${esc(uid)}/abort"><button type="submit" class="secondary">${esc(t.cancel)}</button></form>
</main></body></html>`;
}

function pickLang(value, acceptLanguage) {
  for (const v of [value, ...(acceptLanguage ?? '').split(',').map((s) => s.trim().slice(0, 2))])
    if (LANGS.includes(v)) return v;
  return 'ru';
}

async function readForm(req) {
  const chunks = [];
  let size = 0;
  for await (const c of req) {
    size += c.length;
    if (size > 16384) throw new Error('form too large');
    chunks.push(c);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = {
  ...privateKey.export({ format: 'jwk' }),
  kid: randomBytes(8).toString('hex'),
  use: 'sig',
  alg: 'RS256',
};

const server = createServer();
server.listen(port, host, () => {
  const issuer = env.SIM_EGOV_ISSUER ?? `http://${host}:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    claims: { openid: ['sub'], profile: ['name'], iin: ['iin'] },
    scopes: ['openid', 'profile', 'iin'],
    // The IIN and the name travel in the ID token as well as from userinfo.
    conformIdTokenClaims: false,
    ttl: {
      Interaction: 600,
      Session: 600,
      Grant: 600,
      AuthorizationCode: 60,
      AccessToken: 300,
      IdToken: 300,
    },
    findAccount: async (_ctx, sub) => {
      const a = accounts.get(sub);
      if (!a) return undefined;
      return { accountId: sub, claims: async () => ({ sub, iin: a.iin, name: a.name }) };
    },
  });
  const callback = provider.callback();

  server.on('request', async (req, res) => {
    try {
      const url = new URL(req.url, issuer);
      const m = /^\/interaction\/([A-Za-z0-9_-]+)(\/login|\/abort)?$/.exec(url.pathname);
      if (url.pathname === '/health') {
        res.setHeader('content-type', 'application/json');
        return res.end(JSON.stringify({ status: 'ok', issuer }));
      }
      if (!m) return callback(req, res);
      const details = await provider.interactionDetails(req, res);
      if (details.uid !== m[1]) throw new Error('interaction mismatch');
      const uiLocale = String(details.params.ui_locales ?? '').split(' ')[0];
      if (req.method === 'GET' && !m[2]) {
        const lang = pickLang(url.searchParams.get('lang') ?? uiLocale, req.headers['accept-language']);
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        return res.end(page(lang, details.uid));
      }
      if (req.method !== 'POST') {
        res.statusCode = 405;
        return res.end();
      }
      if (m[2] === '/abort')
        return provider.interactionFinished(req, res, {
          error: 'access_denied',
          error_description: 'the person cancelled the sign-in',
        });
      const form = await readForm(req);
      const lang = pickLang(form.get('lang') ?? uiLocale, req.headers['accept-language']);
      let iin = (form.get('iin') ?? '').replace(/\s/g, '');
      let name = (form.get('name') ?? '').trim();
      const picked = form.get('person');
      if (picked && !iin) [iin, name] = [picked.split('|')[0], picked.split('|').slice(1).join('|')];
      const error = !/^\d{12}$/.test(iin)
        ? { field: 'iin', text: TEXTS[lang].badIin.replace('{n}', String(iin.replace(/\D/g, '').length)) }
        : !name
          ? { field: 'name', text: TEXTS[lang].badName }
          : null;
      if (error) {
        res.statusCode = 400;
        res.setHeader('content-type', 'text/html; charset=utf-8');
        return res.end(page(lang, details.uid, { error, iin, name }));
      }
      const accountId = subjectOf(iin);
      accounts.set(accountId, { iin, name: name.slice(0, 200) });
      const grant = new provider.Grant({ accountId, clientId: details.params.client_id });
      grant.addOIDCScope(String(details.params.scope ?? 'openid'));
      const grantId = await grant.save();
      return provider.interactionFinished(
        req,
        res,
        { login: { accountId }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
    } catch (e) {
      res.statusCode = 400;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end(`egov-idp: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
  process.stdout.write(`egov-idp ready ${issuer}\n`);
});

const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
