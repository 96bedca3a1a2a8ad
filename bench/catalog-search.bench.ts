/**
 * Catalog search benchmark (DESIGN.md budget: catalog search p95 < 50 ms with 5,000 procedures).
 *
 * Usage:   npx tsx bench/catalog-search.bench.ts              (about 30 s)
 *          BENCH_PROCEDURES=20000 BENCH_ROUNDS=400 npx tsx bench/catalog-search.bench.ts
 *
 * What it does, in one process:
 * 1. Starts a throw-away embedded PostgreSQL, migrates it, loads the demo agencies and catalog.
 * 2. Generates synthetic procedures whose names are built from real procedure vocabulary
 *    (verb × object × qualifier, each object in its real field), at commune, department and
 *    province level, and loads them through the real catalog import (CFG-1), timed.
 * 3. Measures, one request at a time, the latency of a mix of keyword and facet queries
 *    (browse-all with every facet, keywords, typos, codes, filters) through the real use case
 *    `searchProcedures`, and through the HTTP app with `app.inject`. Baselines in the same run:
 *    `SELECT 1` through the same pool, and `GET /healthz` through `app.inject`.
 * 4. Repeats the use-case mix with 8 concurrent clients for throughput.
 * Prints p50/p95/p99 per scenario and checks the p95 budget.
 */

import { availableParallelism, loadavg } from "node:os";
import { pathToFileURL } from "node:url";
import { sql } from "kysely";
import type { CatalogRecordInput, CatalogSearchQuery } from "../src/contracts/catalog.ts";
import { buildApp } from "../src/server/app.ts";
import { loadConfig } from "../src/server/config.ts";
import { importCatalog } from "../src/server/modules/catalog/import-catalog.ts";
import { searchProcedures } from "../src/server/modules/catalog/search-procedures.ts";
import { withDemoDatabase } from "./support.ts";

const PROCEDURES = Number(process.env.BENCH_PROCEDURES ?? 5_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const CONCURRENCY = 8;
const BUDGET_P95_MS = 50;

/** mulberry32: a small seeded PRNG so that every run uses the same data. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const random = seededRandom(20_260_301);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

// ------------------------------------------------------------------------- the generator

const VERBS = [
  "Cấp",
  "Cấp lại",
  "Cấp đổi",
  "Gia hạn",
  "Điều chỉnh",
  "Sửa đổi, bổ sung",
  "Thu hồi",
  "Đăng ký",
  "Xác nhận",
  "Công nhận",
  "Thẩm định",
  "Phê duyệt",
  "Thông báo thay đổi",
  "Chấm dứt",
];

/** Objects of real procedures, each with its real field (lĩnh vực). */
const OBJECTS: [string, string][] = [
  ["giấy phép kinh doanh vận tải bằng xe ô tô", "Đường bộ"],
  ["phù hiệu xe ô tô kinh doanh vận tải", "Đường bộ"],
  ["giấy phép hoạt động bến thủy nội địa", "Đường thủy nội địa"],
  ["chứng chỉ hành nghề kiến trúc", "Kiến trúc"],
  ["giấy phép xây dựng công trình quảng cáo", "Hoạt động xây dựng"],
  ["giấy chứng nhận đủ điều kiện kinh doanh xăng dầu", "Kinh doanh khí và xăng dầu"],
  ["giấy phép bán lẻ rượu", "Lưu thông hàng hóa trong nước"],
  ["giấy phép bán lẻ sản phẩm thuốc lá", "Lưu thông hàng hóa trong nước"],
  ["giấy chứng nhận đăng ký hợp tác xã", "Thành lập và hoạt động của hợp tác xã"],
  ["giấy phép tổ chức lễ hội", "Văn hóa cơ sở"],
  ["giấy phép kinh doanh dịch vụ karaoke", "Văn hóa cơ sở"],
  ["giấy phép lao động cho người lao động nước ngoài", "Việc làm"],
  ["giấy phép khai thác khoáng sản", "Địa chất và khoáng sản"],
  ["giấy phép xả nước thải vào nguồn nước", "Tài nguyên nước"],
  ["giấy phép môi trường", "Môi trường"],
  ["giấy phép hoạt động khám bệnh, chữa bệnh", "Khám bệnh, chữa bệnh"],
  ["giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "An toàn thực phẩm"],
  ["quyết định cho phép thành lập trường mầm non tư thục", "Giáo dục mầm non"],
  ["quyết định cho phép hoạt động giáo dục", "Giáo dục và Đào tạo"],
  ["giấy phép xuất bản bản tin", "Xuất bản, in và phát hành"],
  ["giấy phép thiết lập trang thông tin điện tử tổng hợp", "Phát thanh, truyền hình và thông tin điện tử"],
  ["văn bản chấp thuận tổ chức biểu diễn nghệ thuật", "Nghệ thuật biểu diễn"],
  ["giấy chứng nhận đăng ký hoạt động khoa học và công nghệ", "Hoạt động khoa học và công nghệ"],
  ["giấy phép vận chuyển hàng hóa nguy hiểm", "Hóa chất"],
  ["giấy phép kinh doanh dịch vụ lữ hành nội địa", "Lữ hành"],
  ["thẻ hướng dẫn viên du lịch", "Lữ hành"],
  ["danh sách hộ nghèo, hộ cận nghèo", "Giảm nghèo"],
  ["trợ cấp xã hội hằng tháng đối với đối tượng bảo trợ xã hội", "Bảo trợ xã hội"],
  ["hỗ trợ chi phí mai táng", "Bảo trợ xã hội"],
  ["chế độ ưu đãi người có công với cách mạng", "Người có công"],
  ["giấy phép sử dụng vật liệu nổ công nghiệp", "Vật liệu nổ công nghiệp"],
  ["giấy chứng nhận thẩm duyệt thiết kế về phòng cháy và chữa cháy", "Phòng cháy, chữa cháy"],
  ["giấy phép thi công công trình trên đường bộ đang khai thác", "Đường bộ"],
  ["giấy phép chặt hạ, dịch chuyển cây xanh đô thị", "Hạ tầng kỹ thuật"],
  ["giấy phép khai thác nước dưới đất", "Tài nguyên nước"],
  ["giấy chứng nhận cơ sở nuôi trồng thủy sản", "Thủy sản"],
  ["giấy chứng nhận kiểm dịch động vật", "Thú y"],
  ["giấy chứng nhận cơ sở an toàn dịch bệnh động vật", "Thú y"],
  ["bản sao văn bằng, chứng chỉ từ sổ gốc", "Văn bằng, chứng chỉ"],
  ["giấy phép hoạt động điện lực", "Điện"],
  ["giấy chứng nhận đủ điều kiện sản xuất phân bón", "Phân bón"],
  ["giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật", "Bảo vệ thực vật"],
  ["văn bản tổ chức hội chợ, triển lãm thương mại", "Xúc tiến thương mại"],
  ["quyết định thành lập hội", "Tổ chức phi chính phủ"],
  ["điều lệ quỹ xã hội, quỹ từ thiện", "Tổ chức phi chính phủ"],
  ["giấy chứng nhận đăng ký hoạt động tín ngưỡng", "Tín ngưỡng, tôn giáo"],
  ["danh hiệu Gia đình văn hóa", "Thi đua, khen thưởng"],
  ["bằng khen của Chủ tịch UBND tỉnh", "Thi đua, khen thưởng"],
  ["hồ sơ mua, thuê mua nhà ở xã hội", "Nhà ở"],
  ["giấy chứng nhận đủ điều kiện hoạt động dịch vụ việc làm", "Việc làm"],
  ["trợ cấp thất nghiệp", "Việc làm"],
  ["học bổng chính sách", "Giáo dục và Đào tạo"],
  ["giấy phép hoạt động của cơ sở trợ giúp xã hội", "Bảo trợ xã hội"],
  ["giấy chứng nhận đăng ký phương tiện thủy nội địa", "Đường thủy nội địa"],
  ["giấy phép liên vận quốc tế", "Đường bộ"],
];

const QUALIFIERS = [
  "",
  "",
  " đối với tổ chức",
  " đối với cá nhân",
  " cho doanh nghiệp có vốn đầu tư nước ngoài",
  " trong trường hợp bị mất, bị hư hỏng",
  " do thay đổi nội dung",
  " thuộc thẩm quyền của UBND cấp tỉnh",
  " thuộc thẩm quyền của UBND cấp xã",
  " có yếu tố nước ngoài",
  " lần đầu",
  " qua mạng điện tử",
];

const COMMUNES = ["000.00.51.H56", "000.00.52.H56", "000.00.53.H56", "000.00.54.H56", "000.00.55.H56"];
const DEPARTMENTS = ["000.00.06.H56", "000.00.07.H56", "000.00.08.H56", "000.00.09.H56", "000.00.10.H56"];
const PROVINCE = "000.00.00.H56";
const SERVICE_LEVELS = [
  "full_online",
  "full_online",
  "partial_online",
  "partial_online",
  "information_only",
] as const;

function fieldCode(name: string): string {
  const folded = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "-");
  return `G-${folded}`.slice(0, 40).replace(/-+$/, "");
}

export function generate(count: number): CatalogRecordInput[] {
  const names = new Set<string>();
  const records: CatalogRecordInput[] = [];
  while (records.length < count) {
    const [object, field] = pick(OBJECTS);
    const name = `${pick(VERBS)} ${object}${pick(QUALIFIERS)}`;
    const unique = names.has(name) ? `${name} (${records.length})` : name;
    names.add(unique);
    const level = pick(["commune", "commune", "department", "department", "province"] as const);
    const agencyCodes =
      level === "commune"
        ? COMMUNES.filter(() => random() < 0.6).concat(COMMUNES[0] ?? "")
        : level === "department"
          ? [pick(DEPARTMENTS)]
          : [PROVINCE];
    const days = pick([0, 1, 3, 5, 7, 10, 15, 20, 30]);
    records.push({
      code: `3.${String(100_000 + records.length).padStart(6, "0")}`,
      name: unique,
      field: { code: fieldCode(field), name: field },
      levels: [level],
      agencyCodes: [...new Set(agencyCodes)],
      applicantTypes:
        random() < 0.5 ? ["individual"] : random() < 0.5 ? ["organization"] : ["individual", "organization"],
      serviceLevel: pick(SERVICE_LEVELS),
      processingTime: { amount: days, unit: "working_days" },
      sameDayCutoff: days === 0 ? "15:00" : null,
      fees:
        random() < 0.7
          ? [
              {
                kind: "charge",
                name: `Lệ phí ${object}`,
                amount: pick([0, 15_000, 50_000, 100_000, 500_000]),
              },
            ]
          : [],
      components: [
        {
          name: `Đơn đề nghị ${name.toLowerCase()}`,
          required: true,
          originals: 1,
          certifiedCopies: 0,
          photocopies: 0,
        },
        {
          name: "Giấy tờ chứng minh tư cách pháp lý",
          required: true,
          originals: 0,
          certifiedCopies: 1,
          photocopies: 0,
        },
      ],
      steps: [
        "Nộp hồ sơ tại Bộ phận Một cửa hoặc trực tuyến.",
        "Thẩm định hồ sơ và trình ký.",
        "Trả kết quả.",
      ],
      resultName: `Kết quả ${object}`,
    });
  }
  return records;
}

// ---------------------------------------------------------------------------- measuring

type Stats = { label: string; n: number; p50: number; p95: number; p99: number; mean: number };

function stats(label: string, samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const mean = sorted.reduce((s, x) => s + x, 0) / sorted.length;
  return { label, n: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), mean };
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function measure(
  label: string,
  rounds: number,
  work: (round: number) => Promise<unknown>,
): Promise<Stats> {
  for (let i = 0; i < Math.min(30, rounds); i += 1) await work(i);
  const samples: number[] = [];
  for (let i = 0; i < rounds; i += 1) samples.push(await time(() => work(i)));
  return stats(label, samples);
}

function printTable(title: string, rows: Stats[]): void {
  const header = ["scenario", "n", "p50 ms", "p95 ms", "p99 ms", "mean ms"];
  const cells = rows.map((r) => [
    r.label,
    String(r.n),
    ...[r.p50, r.p95, r.p99, r.mean].map((x) => x.toFixed(2)),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]?.length ?? 0)));
  const line = (c: string[]) =>
    `| ${c.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(" | ")} |`;
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const c of cells) console.log(line(c));
}

// --------------------------------------------------------------------------------- main

async function main(): Promise<void> {
  await withDemoDatabase("catalog", async (db) => {
    const records = generate(PROCEDURES);
    const importStart = process.hrtime.bigint();
    for (let i = 0; i < records.length; i += 1_000) {
      const report = await importCatalog(
        db,
        { procedures: records.slice(i, i + 1_000) },
        { officerId: null },
      );
      if (!report.applied) throw new Error(`generated data refused: ${JSON.stringify(report.rejected[0])}`);
    }
    const importMs = Number(process.hrtime.bigint() - importStart) / 1e6;
    // Steady state: publishing rewrites each version row once; autovacuum would reclaim the old ones.
    await sql`VACUUM ANALYZE`.execute(db);
    const total = Number(
      (
        await sql<{
          n: number;
        }>`SELECT count(*)::int AS n FROM procedure WHERE published_version IS NOT NULL`.execute(db)
      ).rows[0]?.n,
    );
    console.log(
      `Catalog: ${total} published procedures (${records.length} generated, imported in ${(importMs / 1000).toFixed(1)} s = ${Math.round(records.length / (importMs / 1000))}/s).`,
    );

    const agencyIds = Object.fromEntries(
      (await db.selectFrom("agency").select(["id", "code"]).execute()).map((a) => [a.code, a.id]),
    );
    const base: CatalogSearchQuery = { page: 1, pageSize: 20 };
    const scenarios: [string, Partial<CatalogSearchQuery>[]][] = [
      ["browse all + facets", [{}, { page: 3 }]],
      [
        "keyword",
        [
          { q: "cap giay phep xay dung" },
          { q: "đăng ký khai sinh" },
          { q: "chung thuc" },
          { q: "giấy phép" },
          { q: "ho kinh doanh" },
          { q: "cấp lại giấy chứng nhận" },
          { q: "tro cap xa hoi" },
          { q: "an toan thuc pham" },
        ],
      ],
      [
        "keyword, typo (fuzzy)",
        [{ q: "giay phep xay dugn" }, { q: "chung thuk ban sao" }, { q: "an toan thuc pham co so dugn" }],
      ],
      ["code / code prefix", [{ q: "1.001193" }, { q: "3.1012" }]],
      [
        "filters only",
        [
          { agencyId: agencyIds["000.00.51.H56"] },
          { agencyId: agencyIds["000.00.09.H56"] },
          { serviceLevel: "full_online" },
          { level: "department", applicantType: "organization" },
          { field: "BTP-HOTICH" },
        ],
      ],
      [
        "keyword + filters",
        [
          { q: "giay phep", level: "commune", serviceLevel: "full_online" },
          { q: "cap", agencyId: agencyIds["000.00.07.H56"] },
          { q: "dang ky", applicantType: "individual", level: "commune" },
        ],
      ],
    ];
    const all = scenarios.flatMap(([, queries]) => queries);
    const query = (list: Partial<CatalogSearchQuery>[], i: number) => ({ ...base, ...list[i % list.length] });
    const url = (q: Partial<CatalogSearchQuery>) =>
      `/api/catalog/procedures?${new URLSearchParams(Object.entries(q).map(([k, v]) => [k, String(v)]))}`;

    // Sanity: the search finds what it should on this catalog.
    const sanity = await searchProcedures(db, { ...base, q: "cap giay phep xay dung" });
    if (!sanity.items[0]?.name.startsWith("Cấp giấy phép xây dựng"))
      throw new Error("search sanity check failed");

    const app = await buildApp({ ...loadConfig({}), LOG_LEVEL: "silent", WEB_DIST_DIR: "" }, db);
    await app.ready();

    const useCase: Stats[] = [
      await measure("baseline: SELECT 1 (same pool)", ROUNDS, () => sql`SELECT 1`.execute(db)),
    ];
    for (const [label, queries] of scenarios) {
      useCase.push(await measure(label, ROUNDS, (i) => searchProcedures(db, query(queries, i))));
    }
    useCase.push(
      await measure("ALL (mix of the above)", ROUNDS * 2, (i) => searchProcedures(db, query(all, i))),
    );
    printTable(`searchProcedures() — ${total} procedures, one request at a time`, useCase);

    const http: Stats[] = [
      await measure("baseline: GET /healthz", ROUNDS, () => app.inject({ url: "/healthz" })),
      await measure("GET /api/catalog/procedures (mix)", ROUNDS * 2, async (i) => {
        const response = await app.inject({ url: url(query(all, i)) });
        if (response.statusCode !== 200) throw new Error(response.body);
      }),
    ];
    printTable("HTTP through app.inject (routing, validation, serialization)", http);

    const concurrentSamples: number[] = [];
    const started = process.hrtime.bigint();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < ROUNDS * 4) {
          const i = next++;
          concurrentSamples.push(await time(() => searchProcedures(db, query(all, i))));
        }
      }),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    printTable(`searchProcedures() with ${CONCURRENCY} concurrent clients (pool of 10)`, [
      stats(`mix, ${Math.round(concurrentSamples.length / seconds)} searches/s`, concurrentSamples),
    ]);

    const [load1 = 0, load5 = 0] = loadavg();
    console.log(
      `\nMachine: ${availableParallelism()} CPUs, load average ${load1.toFixed(1)} (1 min) / ${load5.toFixed(1)} (5 min) at the end of the run; latencies grow with other load.`,
    );
    const worst = [...useCase.slice(1), ...http.slice(1)].reduce((a, b) => (b.p95 > a.p95 ? b : a));
    const ok = worst.p95 < BUDGET_P95_MS;
    console.log(
      `\nBudget: catalog search p95 < ${BUDGET_P95_MS} ms with 5,000 procedures. Worst p95: ${worst.p95.toFixed(2)} ms (${worst.label}) → ${ok ? "PASS" : "FAIL"}`,
    );
    await app.close();
    process.exitCode = ok ? 0 : 1;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
