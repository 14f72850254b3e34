// P1 peer: the official @huggingface/hub client lists the top N models of a (fake) Hub.
//
// usage: node bench/hfhub_list.mjs --hub-url http://127.0.0.1:PORT [--count 10000]
// The client is the one pinned in tests/conformance/package.json (scripts/install-deps.sh test).
// It asks for the fields HubWatch asks for (downloads, downloadsAllTime, likes, tags, createdAt,
// gated, pipeline_tag, library_name), pages of 500 sorted by downloads, and keeps every entry in
// memory like HubWatch's poll does. Prints one JSON line: {"entries","pages","ms"}, where ms is the
// wall time from the first request to the last entry (module loading excluded; the script times
// the whole process separately).
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import { fileURLToPath, pathToFileURL } from "node:url";

const { values: args } = parseArgs({
	options: {
		"hub-url": { type: "string" },
		count: { type: "string", default: "10000" },
	},
});
if (!args["hub-url"]) {
	console.error("usage: node hfhub_list.mjs --hub-url URL [--count N]");
	process.exit(2);
}
const conformance = fileURLToPath(new URL("../tests/conformance/package.json", import.meta.url));
const entry = createRequire(conformance).resolve("@huggingface/hub").replace(/index\.js$/, "index.mjs");
const { listModels } = await import(pathToFileURL(entry).href);

let pages = 0;
const countingFetch = async (url, init) => {
	++pages;
	return fetch(url, init);
};

const t0 = performance.now();
const entries = [];
for await (const e of listModels({
	hubUrl: args["hub-url"],
	sort: "downloads",
	limit: Number(args.count),
	additionalFields: ["downloadsAllTime", "likes", "tags", "createdAt", "gated", "pipeline_tag", "library_name"],
	fetch: countingFetch,
})) {
	entries.push(e);
}
const ms = performance.now() - t0;
console.log(JSON.stringify({ entries: entries.length, pages, ms: Math.round(ms * 10) / 10 }));
