// Conformance check: the official @huggingface/hub client lists the fake Hub completely.
//
// usage: node list.mjs --hub-url http://127.0.0.1:PORT --token hf_... --expected '<JSON>'
//                      [--page-size 500]
// --expected is the fake server's second stdout line: per kind {count, downloads,
// downloadsAllTime, likes, siblings, digest}. The digest is sha256 over one line per entry in
// listing order: "id|downloads|downloadsAllTime|likes|author|gated|tag,tag,...\n".
// Exit status 0 only when every check passed; each failed check is printed.
import { createHash } from "node:crypto";
import { parseArgs } from "node:util";

import { datasetInfo, HubApiError, listDatasets, listModels, modelInfo } from "@huggingface/hub";

const { values: args } = parseArgs({
	options: {
		"hub-url": { type: "string" },
		token: { type: "string" },
		expected: { type: "string" },
		"page-size": { type: "string", default: "500" },
	},
});
const hubUrl = args["hub-url"];
const token = args.token;
const pageSize = Number(args["page-size"]);
if (!hubUrl || !token || !args.expected) {
	console.error("usage: node list.mjs --hub-url URL --token hf_... --expected JSON [--page-size N]");
	process.exit(2);
}
const expected = JSON.parse(args.expected);

const failures = [];
function check(ok, message) {
	if (!ok) failures.push(message);
	return ok;
}

// Wraps fetch to see what the client really asked for and what came back.
function recordingFetch(log) {
	return async (url, init) => {
		const res = await fetch(url, init);
		log.push({
			url: String(url),
			status: res.status,
			link: res.headers.get("link"),
			authorization: new Headers(init?.headers).get("authorization"),
			contentEncoding: res.headers.get("content-encoding"),
			rateLimit: res.headers.get("ratelimit"),
		});
		return res;
	};
}

const GATED = new Set([false, "auto", "manual"]);

async function listKind(kind) {
	const isModel = kind === "models";
	const additionalFields = isModel
		? ["downloadsAllTime", "author", "tags", "likes", "gated", "createdAt", "filePaths"]
		: ["downloadsAllTime", "author", "tags", "likes", "gated", "createdAt"];
	const log = [];
	const lister = isModel ? listModels : listDatasets;
	const entries = [];
	for await (const e of lister({
		hubUrl,
		sort: "downloads",
		additionalFields,
		accessToken: token,
		fetch: recordingFetch(log),
	})) {
		entries.push(e);
	}

	const want = expected[kind];
	const hash = createHash("sha256");
	const sums = { downloads: 0, downloadsAllTime: 0, likes: 0, siblings: 0 };
	const names = new Set();
	let fieldProblems = 0;
	for (const e of entries) {
		const fieldsOk =
			typeof e.id === "string" &&
			typeof e.name === "string" &&
			Number.isSafeInteger(e.downloads) &&
			Number.isSafeInteger(e.downloadsAllTime) &&
			e.downloadsAllTime >= e.downloads &&
			Number.isSafeInteger(e.likes) &&
			typeof e.author === "string" &&
			e.name.startsWith(`${e.author}/`) &&
			Array.isArray(e.tags) &&
			GATED.has(e.gated) &&
			typeof e.private === "boolean" &&
			typeof e.createdAt === "string" &&
			/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/.test(e.createdAt) &&
			!Number.isNaN(e.updatedAt.getTime()) &&
			(!isModel || (Array.isArray(e.filePaths) && e.filePaths.length > 0));
		if (!fieldsOk && fieldProblems++ < 3) failures.push(`${kind}: entry with missing/odd fields: ${JSON.stringify(e)}`);
		names.add(e.name);
		sums.downloads += e.downloads;
		sums.downloadsAllTime += e.downloadsAllTime;
		sums.likes += e.likes;
		if (isModel) sums.siblings += e.filePaths.length;
		hash.update(
			`${e.name}|${e.downloads}|${e.downloadsAllTime}|${e.likes}|${e.author}|${e.gated}|${e.tags.join(",")}\n`,
		);
	}
	const digest = hash.digest("hex");
	const pages = log.length;
	const expectedPages = Math.max(1, Math.ceil(want.count / pageSize));

	check(fieldProblems === 0, `${kind}: ${fieldProblems} entries lack a requested field`);
	check(entries.length === want.count, `${kind}: received ${entries.length} entries, server has ${want.count}`);
	check(names.size === entries.length, `${kind}: ${entries.length - names.size} duplicate entries`);
	check(pages === expectedPages, `${kind}: ${pages} pages fetched, expected ${expectedPages}`);
	for (const key of ["downloads", "downloadsAllTime", "likes"]) {
		check(sums[key] === want[key], `${kind}: sum of ${key} ${sums[key]} != server's ${want[key]}`);
	}
	if (isModel) check(sums.siblings === want.siblings, `${kind}: ${sums.siblings} file paths != server's ${want.siblings}`);
	check(digest === want.digest, `${kind}: digest ${digest} != server's ${want.digest}`);
	log.forEach((r, i) => {
		const last = i === log.length - 1;
		check(r.status === 200, `${kind}: page ${i + 1} status ${r.status}`);
		check(r.authorization === `Bearer ${token}`, `${kind}: page ${i + 1} sent Authorization ${r.authorization}`);
		check(i === 0 || new URL(r.url).searchParams.has("cursor"), `${kind}: page ${i + 1} URL has no cursor`);
		if (last) check(r.link === null, `${kind}: last page still has Link ${r.link}`);
		else check(r.link?.startsWith(`<${hubUrl}/api/${kind}?`), `${kind}: page ${i + 1} Link not absolute: ${r.link}`);
	});

	const first = new URL(log[0].url);
	console.log(`${kind}: ${entries.length}/${want.count} entries in ${pages} pages (expected ${expectedPages})`);
	console.log(`  first request: ${first.pathname}${first.search}`);
	console.log(`  expand sent: ${first.searchParams.getAll("expand").join(",")}`);
	console.log(`  page sizes asked: limit=${first.searchParams.get("limit")}; gzip pages: ${log.filter((r) => r.contentEncoding === "gzip").length}/${pages}`);
	console.log(`  sum downloadsAllTime: client ${sums.downloadsAllTime}, server ${want.downloadsAllTime} -> ${sums.downloadsAllTime === want.downloadsAllTime ? "match" : "MISMATCH"}`);
	console.log(`  digest: ${digest === want.digest ? "match" : "MISMATCH"} (${digest.slice(0, 16)}...)`);
	console.log(`  last RateLimit header: ${log[log.length - 1].rateLimit}`);
	return { entries, requests: log.length };
}

async function expectStatus(what, status, fn) {
	try {
		await fn();
		check(false, `${what}: succeeded, expected HTTP ${status}`);
		console.log(`${what}: unexpectedly succeeded`);
	} catch (err) {
		const ok = err instanceof HubApiError && err.statusCode === status;
		check(ok, `${what}: expected HubApiError ${status}, got ${err?.name} ${err?.statusCode ?? ""} ${err?.message}`);
		console.log(`${what}: HTTP ${err?.statusCode ?? "-"} "${String(err?.message).split(". URL:")[0]}"`);
		return err;
	}
}

async function main() {
	const models = await listKind("models");
	const datasets = await listKind("datasets");
	let authorizedRequests = models.requests + datasets.requests;

	// Single-repo routes through modelInfo/datasetInfo: /api/{kind}/{id}/revision/HEAD?expand=...
	for (const [kind, info, list] of [
		["model", modelInfo, models.entries],
		["dataset", datasetInfo, datasets.entries],
	]) {
		for (const listed of [list[0], list[list.length - 1]]) {
			const got = await info({ hubUrl, name: listed.name, accessToken: token, additionalFields: ["downloadsAllTime", "author"] });
			authorizedRequests++;
			check(
				got.name === listed.name && got.downloadsAllTime === listed.downloadsAllTime && got.author === listed.author,
				`${kind}Info(${listed.name}) disagrees with the listing: ${JSON.stringify(got)}`,
			);
		}
		console.log(`${kind}Info: first and last listed ${kind}s agree with the listing`);
	}

	await expectStatus("modelInfo(missing repo) with token", 404, () =>
		modelInfo({ hubUrl, name: "org0/does-not-exist", accessToken: token }),
	);
	authorizedRequests++;
	await expectStatus("modelInfo(missing repo) anonymous", 401, () => modelInfo({ hubUrl, name: "org0/does-not-exist" }));
	const badToken = "hf_conformance_wrong_token";
	const err = await expectStatus("listModels with a wrong hf_ token", 401, async () => {
		for await (const _ of listModels({ hubUrl, accessToken: badToken, limit: 1 })) {
			// nothing: the first page must already fail
		}
	});
	check(String(err?.message).includes("Invalid credentials"), `wrong token: message was ${err?.message}`);

	try {
		for await (const _ of listModels({ hubUrl, accessToken: "not-an-hf-token", limit: 1 })) {
			// nothing
		}
		check(false, "a token without hf_ prefix was accepted by the client");
	} catch (e) {
		check(e instanceof TypeError, `token without hf_: expected a TypeError, got ${e}`);
		console.log(`token without hf_ prefix: rejected by the client before any request (${e.message})`);
	}

	// What the server saw: the Authorization header arrived on every request we made with it.
	const summary = await (await fetch(`${hubUrl}/__fakehub/summary`)).json();
	const seen = summary.authorization?.[`Bearer ${token}`] ?? 0;
	check(seen === authorizedRequests, `server saw "Bearer ${token}" on ${seen} requests, client sent ${authorizedRequests}`);
	check(summary.authorization?.[`Bearer ${badToken}`] === 1, `server did not see the wrong token exactly once`);
	check(summary.authorization?.["Bearer not-an-hf-token"] === undefined, `the non-hf_ token reached the server`);
	console.log(
		`server saw: ${summary.requests} API requests over ${summary.connections} connections; ` +
			`Authorization "Bearer ${token}" on ${seen}/${authorizedRequests} requests sent with it`,
	);
}

try {
	await main();
} catch (e) {
	failures.push(`unexpected error: ${e?.stack ?? e}`);
}
if (failures.length) {
	console.log(`\nCONFORMANCE FAILED (${failures.length} problems):`);
	for (const f of failures) console.log(`  - ${f}`);
	process.exit(1);
}
console.log("\nCONFORMANCE OK: @huggingface/hub listed every entry of every page with the requested fields");
