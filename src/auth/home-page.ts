// Where sign-in lands without a destination, and what a browser finds at the site's root: one page for everybody,
// since any company may both publish certificates and buy leads, linking to the two lists. It reads nothing and
// needs no session; each list sends a signed-out visitor to sign in and back.
import { html, renderPage } from "../lib/html";
import type { AppContext } from "../lib/http";

export const HOME_PATH = "/";

export function renderHomePage(c: AppContext) {
	return renderPage(
		c,
		"eConsent",
		html`<h1>eConsent partner certificates</h1>
<ul class="items">
<li><h2 class="plain"><a href="/certificate-sharing/partner-certificates">Certificates shared with you</a></h2>
<p>For buyers of leads: the certificates publishers shared with your company, to claim, and the ones you claimed, with their evidence.</p></li>
<li><h2 class="plain"><a href="/certificates">Your certificates</a></h2>
<p>For publishers: the consent certificates your forms captured, to share with a buyer through a one-time claim link.</p></li>
</ul>
<p class="muted">Developers: the <a href="/docs">API reference</a>.</p>`,
	);
}
