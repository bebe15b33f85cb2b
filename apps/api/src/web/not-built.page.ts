/** What `/` shows when the web app has not been built, instead of an error. */
export function notBuiltPage(webDistDir: string): string {
  const escaped = webDistDir.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Seraph — web app not built</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.5">
<h1>The Seraph web app is not built yet</h1>
<p>The api is running, but there is no <code>index.html</code> in <code>${escaped}</code>.</p>
<p>Build the web app with <code>npx nx build @seraph/web</code> (or run <code>npm start</code>,
which builds everything), then reload this page.</p>
<p>Meanwhile: <a href="/api/docs">API docs</a> · <a href="/health/ready">readiness</a></p>
</body>
</html>
`;
}
