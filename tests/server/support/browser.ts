import http from 'node:http';
import https from 'node:https';

export interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  url: string;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  form?: Record<string, string>;
}

/** A minimal browser for the tests: a cookie jar per host, redirects followed by hand, forms posted by hand. */
export class Browser {
  private readonly jar = new Map<string, Map<string, string>>();

  constructor(private readonly ca: string) {}

  cookie(url: string, name: string): string | undefined {
    return this.jar.get(new URL(url).host)?.get(name);
  }

  setCookie(url: string, name: string, value: string): void {
    const host = new URL(url).host;
    if (!this.jar.has(host)) this.jar.set(host, new Map());
    this.jar.get(host)?.set(name, value);
  }

  request(url: string, options: RequestOptions = {}): Promise<Response> {
    const target = new URL(url);
    const cookies = [...(this.jar.get(target.host) ?? new Map<string, string>())]
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
    const body = options.form ? new URLSearchParams(options.form).toString() : options.body;
    const headers: Record<string, string> = {
      accept: 'text/html',
      ...(cookies ? { cookie: cookies } : {}),
      ...options.headers,
    };
    if (options.form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const send = target.protocol === 'https:' ? https.request : http.request;
    return new Promise((resolve, reject) => {
      const req = send(target, { method: options.method ?? 'GET', headers, ca: this.ca }, (res) => {
        this.store(target.host, res.headers['set-cookie'] ?? []);
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text, url }));
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  /** Follows redirects from `url`, submitting the test provider's login and consent forms as `login`. */
  async navigate(url: string, login?: string): Promise<Response> {
    let response = await this.request(url);
    for (let step = 0; step < 20; step++) {
      const location = response.headers.location;
      if (response.status >= 300 && response.status < 400 && location) {
        response = await this.request(new URL(location, response.url).href);
        continue;
      }
      const form = /<form[^>]*action="([^"]+)"[^>]*method="post"[\s\S]*?name="prompt" value="(login|consent)"/.exec(
        response.body,
      );
      if (response.status === 200 && form?.[1] && login) {
        const fields: Record<string, string> =
          form[2] === 'login' ? { prompt: 'login', login, password: 'hva-som-helst' } : { prompt: 'consent' };
        response = await this.request(new URL(form[1].replace(/&amp;/g, '&'), response.url).href, {
          method: 'POST',
          form: fields,
        });
        continue;
      }
      return response;
    }
    throw new Error('too many redirects');
  }

  private store(host: string, setCookies: string[]): void {
    if (!this.jar.has(host)) this.jar.set(host, new Map());
    const cookies = this.jar.get(host) as Map<string, string>;
    for (const line of setCookies) {
      const [pair = '', ...attributes] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some(
        (a) =>
          /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split('=')[1] ?? '') < Date.now()),
      );
      if (expired || value === '') cookies.delete(name);
      else cookies.set(name, value);
    }
  }
}
