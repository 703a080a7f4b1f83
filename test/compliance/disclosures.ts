// Realistic lead-form TCPA disclosures in the shapes they arrive in: HTML from
// form builders, text pasted from Word, and plain text with line breaks.

export const INSURANCE_HTML = `<div class="tcpa"><p>By clicking &ldquo;Get My Quotes,&rdquo; I provide my express written consent to be contacted by <strong>Acme</strong>&nbsp;<strong>Insurance</strong>, its agents and <a href="https://acme.example/partners" target="_blank">marketing partners</a> at the phone number I provided, including my wireless number, regarding insurance products and services, using an automatic telephone dialing system (ATDS), an autodialer, artificial or prerecorded voice messages, and text messages (SMS/MMS), even if my number is on a state or federal Do&nbsp;Not&nbsp;Call registry.<br>Message &amp; data rates may apply. Consent is not required as a condition of purchase. I can revoke consent at any time by replying STOP. See our <a href="/privacy">Privacy&nbsp;Policy</a> and Acme&rsquo;s <a href="/terms">Terms of Use</a>.</p></div>`;

export const SOLAR_WORD_PASTE =
	"By submitting this form, I agree that SunBright Solar, LLC and its installation partners may call and text me at the number provided about solar energy systems \u2013 including by auto\u2011dialer and pre\u2011recorded messages \u2013 even if I\u2019m on a state or federal Do\u00a0Not\u00a0Call list.\u00a0 My consent isn\u2019t required to buy anything.\u2028I understand calls may be recorded for quality assurance.\r\n\r\nSunBright\u00ae is a registered trademark of SunBright Solar, LLC. Estimated savings of up to 30% are not guaranteed.";

export const MORTGAGE_TEXT = `By clicking "Submit", you authorize Keystone Home Lending, NMLS #12345, and up to four (4) lenders and their agents to contact you at the number you provided, including by autodialer, prerecorded message or text message, about mortgage and refinance offers.
Your consent is not a condition of any purchase or loan. Standard message and data rates apply; reply STOP to opt out.

Rates from 6.125% APR ($1,499.00 in closing costs) for well-qualified borrowers. Equal Housing Lender.`;

export const DEBT_RELIEF_HTML = `<p><span style="font-family:Calibri">I agree that <b>ClearPath</b> Debt Relief, Inc. and its affiliates may contact me by telephone&#44; including an automatic telephone dialing system, at the number above.</span></p>
<ul><li>Not all debts are eligible for enrollment.</li><li>Program fees range from 15%&ndash;25% of enrolled debt.</li><li>Debt relief may adversely affect your credit&#8217;s standing.</li></ul>
<p>Consent is not required to enroll. ClearPath does not pay or assume any debts.</p>`;
