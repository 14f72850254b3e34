// A replaying fake Hub for P1: the pages of a running fakehub_server, recorded once, then served
// from memory (gzipped when asked) with Link headers pointing back here. The fake Hub re-sorts its
// whole catalogue for every page (about 30-60 ms a page on this machine), which makes any client
// look alike; served from memory, the clients' own cost shows.
//
// usage: node bench/replay_hub.mjs --from http://127.0.0.1:PORT [--count 10000]
// Prints its own base URL on stdout's first line, then serves until killed. Whatever the query of
// a /api/models request, the page is chosen by its cursor only, so HubWatch and the official
// client receive the same bytes: the fields both ask for (the union of their expand lists).
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

const { values: args } = parseArgs({
	options: { from: { type: "string" }, count: { type: "string", default: "10000" } },
});
if (!args.from) {
	console.error("usage: node replay_hub.mjs --from URL [--count N]");
	process.exit(2);
}
const fields = ["downloads", "downloadsAllTime", "likes", "tags", "createdAt", "gated", "pipeline_tag",
	"library_name", "private", "lastModified", "author"];
let url = `${args.from}/api/models?limit=500&sort=downloads&${fields.map((f) => `expand%5B%5D=${f}`).join("&")}`;
const pages = []; // { body, gzipped }, by cursor order
const cursors = new Map([["", 0]]);
for (let listed = 0; url && listed < Number(args.count); ) {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
	const body = Buffer.from(await res.arrayBuffer());
	pages.push({ body, gzipped: gzipSync(body, { level: 6 }) });
	listed += JSON.parse(body.toString("utf8")).length;
	const next = /<([^>]+)>;\s*rel="next"/.exec(res.headers.get("link") ?? "")?.[1];
	url = next;
	if (next) cursors.set(new URL(next).searchParams.get("cursor"), pages.length);
}

const server = createServer((req, res) => {
	const u = new URL(req.url, "http://127.0.0.1");
	const index = cursors.get(u.searchParams.get("cursor") ?? "");
	if (u.pathname !== "/api/models" || index === undefined || index >= pages.length) {
		res.writeHead(404, { "content-type": "application/json" });
		res.end('{"error":"not recorded"}');
		return;
	}
	const headers = { "content-type": "application/json; charset=utf-8" };
	const nextCursor = [...cursors].find(([, i]) => i === index + 1)?.[0];
	if (nextCursor !== undefined && index + 1 < pages.length) {
		u.searchParams.set("cursor", nextCursor);
		headers.link = `<http://127.0.0.1:${server.address().port}${u.pathname}${u.search}>; rel="next"`;
	}
	const gzip = /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
	if (gzip) headers["content-encoding"] = "gzip";
	res.writeHead(200, headers);
	res.end(gzip ? pages[index].gzipped : pages[index].body);
});
server.keepAliveTimeout = 30000;
server.listen(0, "127.0.0.1", () => {
	console.log(`http://127.0.0.1:${server.address().port}`);
	console.error(`replay_hub: ${pages.length} pages recorded from ${args.from}`);
});
