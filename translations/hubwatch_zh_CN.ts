<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AlertEngine</name>
    <message>
        <source>The tracked total fell by %1: an upstream correction, not real downloads.</source>
        <translation>跟踪总数减少了 %1：这是 Hub 端的数据修正，并非真实下载。</translation>
    </message>
    <message>
        <source>No poll for %1: nothing is known about this period.</source>
        <translation>已有 %1 未轮询：这段时间的情况不得而知。</translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message>
        <source>%1 passed %2</source>
        <translation>%1 突破 %2</translation>
    </message>
    <message>
        <source>Hot category: %1</source>
        <translation>热门类别：%1</translation>
    </message>
    <message>
        <source>Between %1 and %2, because repos entered the tracked scope, not through downloads.</source>
        <translation>在 %1 至 %2 之间，原因是有仓库进入了跟踪范围，而不是下载量增长。</translation>
    </message>
    <message>
        <source>Between %1 and %2, while HubWatch was not polling (around %3).</source>
        <translation>在 %1 至 %2 之间，当时 HubWatch 未在轮询（约 %3）。</translation>
    </message>
    <message>
        <source>Reached around %1.</source>
        <translation>于 %1 前后达到。</translation>
    </message>
    <message>
        <source>Now %1% of the top-%2 models&apos; download velocity, up %3 points in 7 days.</source>
        <translation>目前占前 %2 名模型下载速度的 %1%，7 天内上升 %3 个百分点。</translation>
    </message>
</context>
<context>
    <name>Anomalies</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>No poll for %1: nothing is known about this period</source>
        <translation>已有 %1 未轮询：这段时间的情况不得而知</translation>
    </message>
    <message>
        <source>All-time downloads fell by %1 (an upstream correction by the Hub)</source>
        <translation>累计下载量减少了 %1（Hub 端的数据修正）</translation>
    </message>
    <message>
        <source>The 30-day count dropped to zero while all-time downloads grew: the Hub&apos;s 30-day window has a gap</source>
        <translation>累计下载量仍在增长，30 天下载量却降为零：Hub 的 30 天统计窗口出现了缺口</translation>
    </message>
</context>
<context>
    <name>CensusConsole</name>
    <message>
        <source>models</source>
        <translation>个模型</translation>
    </message>
    <message>
        <source>datasets</source>
        <translation>个数据集</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>个 Space</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>pages, requests</comment>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln 次请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming the census begun %1 UTC after %Ln page(s).</source>
        <translation>
            <numerusform>继续于 %1 UTC 开始的普查，已完成 %Ln 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Census of the whole Hub begun.</source>
        <translation>已开始普查整个 Hub。</translation>
    </message>
    <message>
        <source>Census: %1 %2 in %3.</source>
        <translation>普查：%1 %2，%3。</translation>
    </message>
    <message numerus="yes">
        <source>Census: %1, page %2 — %3 repos so far, %Ln request(s).</source>
        <translation>
            <numerusform>普查：%1，第 %2 页 — 目前 %3 个仓库，%Ln 次请求。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done about %1 UTC.</source>
        <translation>预计 %1 UTC 完成。</translation>
    </message>
    <message>
        <source>Census complete: %1 models, %2 datasets, %3 spaces (public repositories only).</source>
        <translation>普查完成：%1 个模型、%2 个数据集、%3 个 Space（仅公开仓库）。</translation>
    </message>
    <message>
        <source>All-time downloads of models and datasets: %1; last 30 days: %2 (the Hub counts no downloads for spaces).</source>
        <translation>模型和数据集的累计下载量：%1；最近 30 天：%2（Hub 不统计 Space 的下载量）。</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>pages and requests</comment>
        <translation>%1。</translation>
    </message>
</context>
<context>
    <name>ChartAxes</name>
    <message>
        <source>day %1</source>
        <translation>第 %1 天</translation>
    </message>
    <message>
        <source>MMM d HH:mm</source>
        <comment>chart axis: a day and time (QDateTime format)</comment>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>chart axis: a day (QDate format)</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>chart axis: a month (QDate format)</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>chart axis: a percentage</comment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>%1 downloads/day</source>
        <translation>每天 %1 次下载</translation>
    </message>
    <message>
        <source>%1 % of the top-50 velocity</source>
        <translation>占前 50 名速度的 %1 %</translation>
    </message>
    <message>
        <source>%1 downloads</source>
        <translation>%1 次下载</translation>
    </message>
    <message>
        <source>top 50 models by download velocity</source>
        <translation>下载速度最快的前 50 个模型</translation>
    </message>
    <message>
        <source>all tracked repos</source>
        <translation>所有跟踪的仓库</translation>
    </message>
    <message>
        <source>All-time downloads</source>
        <translation>累计下载量</translation>
    </message>
    <message>
        <source>Downloads per day</source>
        <translation>每日下载量</translation>
    </message>
    <message>
        <source>Downloads per week</source>
        <translation>每周下载量</translation>
    </message>
    <message>
        <source>Downloads per month</source>
        <translation>每月下载量</translation>
    </message>
    <message numerus="yes">
        <source>Download velocity (%n-day average)</source>
        <translation>
            <numerusform>下载速度（%n 天平均）</numerusform>
        </translation>
    </message>
    <message>
        <source>Share of the top-50 download velocity by category (%)</source>
        <translation>各类别在前 50 名下载速度中的占比（%）</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>The Hub lowered the count: an upstream correction.</source>
        <translation>Hub 调低了计数：这是源头的数据修正。</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <translation>%1
%2
%3</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Projected to reach %1 around %2</source>
        <translation>预计于 %2 前后达到 %1</translation>
    </message>
    <message>
        <source>Range: %1 to %2</source>
        <translation>范围：%1 至 %2</translation>
    </message>
    <message>
        <source>beyond the horizon</source>
        <translation>超出预测范围</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载量</translation>
    </message>
    <message>
        <source>% of top-50 velocity</source>
        <translation>占前 50 名下载速度的 %</translation>
    </message>
    <message>
        <source>%1 (log scale)</source>
        <translation>%1（对数刻度）</translation>
    </message>
    <message>
        <source>Days since the first sample</source>
        <translation>自首个样本以来的天数</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>日（UTC）</translation>
    </message>
    <message>
        <source>Week starting (UTC)</source>
        <translation>周起始日（UTC）</translation>
    </message>
    <message>
        <source>Month (UTC)</source>
        <translation>月份（UTC）</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>日期（UTC）</translation>
    </message>
    <message>
        <source>(partial: %1 of %2 days)</source>
        <comment>a calendar period only partly covered</comment>
        <translation>（不完整：%2 天中的 %1 天）</translation>
    </message>
    <message>
        <source>(partial: the history starts during this period)</source>
        <translation>（不完整：历史记录始于此期间）</translation>
    </message>
    <message>
        <source>No total yet: the history does not cover the whole period.</source>
        <translation>尚无总数：历史记录未覆盖整个期间。</translation>
    </message>
    <message>
        <source>No data for this period (a gap)</source>
        <translation>此期间无数据（缺口）</translation>
    </message>
    <message>
        <source>partial: no total yet</source>
        <comment>an empty bar: the period is not complete</comment>
        <translation>不完整：尚无总数</translation>
    </message>
    <message>
        <source>partial</source>
        <comment>an empty bar&apos;s short note: the period is not complete</comment>
        <translation>不完整</translation>
    </message>
    <message>
        <source>Lighter bars: period not complete</source>
        <translation>较浅的柱：期间尚未结束</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a milestone line&apos;s label: the milestone, the series</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Download velocity between censuses</source>
        <translation>两次普查之间的下载速度</translation>
    </message>
    <message numerus="yes">
        <source>Download velocity (%n-day average; the whole Hub between censuses)</source>
        <translation>
            <numerusform>下载速度（%n 天平均；整个 Hub 为两次普查之间）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>whole Hub, public repositories</source>
        <translation>整个 Hub，公开仓库</translation>
    </message>
    <message>
        <source>no such series</source>
        <translation>没有这个序列</translation>
    </message>
    <message>
        <source>whole Hub, public repositories, between censuses</source>
        <translation>整个 Hub，公开仓库，两次普查之间</translation>
    </message>
    <message>
        <source>only the Hub-wide total has a velocity: its breakdowns are charted as all-time downloads</source>
        <translation>只有整个 Hub 的总量有速度：其细分以累计下载量绘制</translation>
    </message>
    <message>
        <source>the whole Hub is measured once per census: chart its all-time downloads or its velocity</source>
        <translation>整个 Hub 每次普查测量一次：请绘制其累计下载量或速度</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>last year</source>
        <translation>最近一年</translation>
    </message>
    <message>
        <source>all history</source>
        <translation>全部历史</translation>
    </message>
    <message>
        <source>Range: no data</source>
        <translation>时间范围：无数据</translation>
    </message>
    <message>
        <source>Range: %1, no data</source>
        <translation>时间范围：%1，无数据</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation>时间范围：%1</translation>
    </message>
    <message>
        <source>Range: %1 (%2)</source>
        <translation>时间范围：%1（%2）</translation>
    </message>
    <message>
        <source>Projection to %1</source>
        <translation>预计达到 %1</translation>
    </message>
    <message>
        <source>Likely range of the projection</source>
        <translation>预测的可能范围</translation>
    </message>
    <message>
        <source>Demo data: a generated history, not figures from the Hub</source>
        <translation>演示数据：生成的历史记录，并非来自 Hub 的数据</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>范围：%1</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Data as of %1 UTC</source>
        <translation>数据截至 %1 UTC</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>Source: HubWatch&apos;s demo generator</source>
        <translation>来源：HubWatch 演示数据生成器</translation>
    </message>
    <message>
        <source>Source: Hugging Face Hub API via HubWatch</source>
        <translation>来源：Hugging Face Hub API（经由 HubWatch）</translation>
    </message>
</context>
<context>
    <name>CollectorOpening</name>
    <message>
        <source>Not sending the access token to %1: plain http is only trusted on loopback.</source>
        <translation>不会向 %1 发送访问令牌：明文 http 只在本地回环地址上可信。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>No alerts yet.</source>
        <translation>暂无提醒。</translation>
    </message>
    <message>
        <source>--%1 expects a whole number from 0 to %2, not &quot;%3&quot;.</source>
        <translation>--%1 需要 0 到 %2 之间的整数，而不是“%3”。</translation>
    </message>
    <message>
        <source>HubWatch monitors Hugging Face Hub download statistics.</source>
        <translation>HubWatch 监测 Hugging Face Hub 的下载统计。</translation>
    </message>
    <message>
        <source>Hub endpoint (default: $HF_ENDPOINT, else https://huggingface.co).</source>
        <translation>Hub 端点（默认：$HF_ENDPOINT，否则为 https://huggingface.co）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>History database: a file, or postgresql://USER@HOST:PORT/DBNAME for a shared one.</source>
        <translation>历史数据库：一个文件，或共享数据库的 postgresql://USER@HOST:PORT/DBNAME。</translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation>路径|URL</translation>
    </message>
    <message>
        <source>Make no network request (like HF_HUB_OFFLINE=1).</source>
        <translation>不发出任何网络请求（等同于 HF_HUB_OFFLINE=1）。</translation>
    </message>
    <message>
        <source>poll: poll once and exit instead of polling on a schedule.</source>
        <translation>poll：只轮询一次后退出，而不是按计划持续轮询。</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>输出机器可读的 JSON。</translation>
    </message>
    <message>
        <source>poll: minutes between polls (at least 1, default 15).</source>
        <translation>poll：两次轮询之间的分钟数（至少 1，默认 15）。</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>How many of the most downloaded models to track (default 1000).</source>
        <translation>跟踪下载量最高的多少个模型（默认 1000）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How many of the most downloaded datasets to track (default 1000).</source>
        <translation>跟踪下载量最高的多少个数据集（默认 1000）。</translation>
    </message>
    <message>
        <source>Also track a repo or author; repeatable.</source>
        <translation>额外跟踪一个仓库或作者；可重复使用。</translation>
    </message>
    <message>
        <source>model:ORG/NAME|dataset:ORG/NAME|author:ORG</source>
        <translation>model:ORG/NAME|dataset:ORG/NAME|author:ORG</translation>
    </message>
    <message>
        <source>export: the file to write (default: standard output).</source>
        <translation>export：要写入的文件（默认：标准输出）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>export: only this series; repeatable.</source>
        <translation>export：仅导出此序列；可重复使用。</translation>
    </message>
    <message>
        <source>model:ORG/NAME|dataset:ORG/NAME|headline</source>
        <translation>model:ORG/NAME|dataset:ORG/NAME|headline</translation>
    </message>
    <message>
        <source>export: 7d, 30d, 90d, 1y, all (default) or FROM..TO in ISO dates.</source>
        <translation>export：7d、30d、90d、1y、all（默认），或以 ISO 日期表示的 起..止。</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>compact: thin samples older than this many days.</source>
        <translation>compact：精简早于这么多天的样本。</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>compact: keep hourly (default) or daily detail.</source>
        <translation>compact：保留每小时（默认）或每天的精度。</translation>
    </message>
    <message>
        <source>hourly|daily</source>
        <translation>hourly|daily</translation>
    </message>
    <message>
        <source>export-png: the chart to draw (default cumulative).</source>
        <translation>export-png：要绘制的图表（默认 cumulative）。</translation>
    </message>
    <message>
        <source>cumulative|daily|weekly|monthly|velocity|hot</source>
        <translation>cumulative|daily|weekly|monthly|velocity|hot</translation>
    </message>
    <message>
        <source>export-png: the image size in pixels (default 1200x675).</source>
        <translation>export-png：图像尺寸，单位为像素（默认 1200x675）。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>宽x高</translation>
    </message>
    <message>
        <source>migrate: the history to copy from.</source>
        <translation>migrate：复制来源的历史。</translation>
    </message>
    <message>
        <source>sqlite:PATH|postgresql://…</source>
        <translation>sqlite:路径|postgresql://…</translation>
    </message>
    <message>
        <source>migrate: the history to copy into.</source>
        <translation>migrate：复制目标的历史。</translation>
    </message>
    <message>
        <source>The language to use, such as de or zh_CN (default: the system&apos;s).</source>
        <translation>使用的语言，例如 de 或 zh_CN（默认：跟随系统）。</translation>
    </message>
    <message>
        <source>LOCALE</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>import needs the file to read: hubwatch import FILE</source>
        <translation>import 需要指定要读取的文件：hubwatch import 文件</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Try --help.</source>
        <translation>未知命令“%1”。请查看 --help。</translation>
    </message>
    <message>
        <source>--resolution is hourly or daily, not &quot;%1&quot;.</source>
        <translation>--resolution 只能是 hourly 或 daily，而不是“%1”。</translation>
    </message>
    <message>
        <source>compact needs --older-than DAYS.</source>
        <translation>compact 需要 --older-than 天数。</translation>
    </message>
    <message>
        <source>migrate needs --from and --to, e.g. --from sqlite:history.sqlite --to postgresql://hubwatch@db:5432/hubwatch</source>
        <translation>migrate 需要 --from 和 --to，例如 --from sqlite:history.sqlite --to postgresql://hubwatch@db:5432/hubwatch</translation>
    </message>
    <message>
        <source>No history at %1: nothing to compact.</source>
        <translation>%1 中没有历史：无需精简。</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Note: no stored points for %1 in the selected range.</source>
        <translation>注意：所选范围内没有 %1 的已存数据点。</translation>
    </message>
    <message>
        <source>--chart is cumulative, daily, weekly, monthly, velocity or hot, not &quot;%1&quot;.</source>
        <translation>--chart 只能是 cumulative、daily、weekly、monthly、velocity 或 hot，而不是“%1”。</translation>
    </message>
    <message>
        <source>--size expects WIDTHxHEIGHT from 16 to 16384 pixels, e.g. 1200x675, not &quot;%1&quot;.</source>
        <translation>--size 需要 宽x高，范围 16 到 16384 像素，例如 1200x675，而不是“%1”。</translation>
    </message>
    <message>
        <source>export-png needs the file to write: --out FILE.png</source>
        <translation>export-png 需要指定要写入的文件：--out 文件.png</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Wrote a %1×%2 chart to %3.</source>
        <translation>已将 %1×%2 的图表写入 %3。</translation>
    </message>
    <message>
        <source>--out, --series and --range are for export-csv and export-json; import always reads the whole file.</source>
        <translation>--out、--series 和 --range 用于 export-csv 和 export-json；import 总是读取整个文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>(Only the first %1 problems are shown.)</source>
        <translation>（仅显示前 %1 个问题。）</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n repo(s) were new to this history.</source>
        <translation>
            <numerusform>其中 %n 个仓库是此历史中新出现的。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n poll(s) stored, none complete yet.</source>
        <translation>
            <numerusform>已存储 %n 次轮询，尚无完整的一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tracked all-time downloads: %1</source>
        <translation>跟踪的累计下载量：%1</translation>
    </message>
    <message>
        <source>Growth: +%1 per day</source>
        <translation>增长：每天 +%1</translation>
    </message>
    <message>
        <source>Growth: not known yet (needs polls at least an hour apart)</source>
        <translation>增长：尚不可知（需要间隔至少一小时的轮询）</translation>
    </message>
    <message>
        <source>30-day downloads: %1</source>
        <translation>30 天下载量：%1</translation>
    </message>
    <message>
        <source>Coverage: %1, polled %2</source>
        <translation>覆盖范围：%1，轮询于 %2</translation>
    </message>
    <message>
        <source>Next milestone: %1 around %2 (between %3 and %4)</source>
        <translation>下一个里程碑：%1，约在 %2（%3 至 %4 之间）</translation>
    </message>
    <message>
        <source>later</source>
        <translation>更晚</translation>
    </message>
    <message>
        <source>Next milestone: %1 — %2</source>
        <translation>下一个里程碑：%1 — %2</translation>
    </message>
    <message>
        <source>Hot categories: need a week of history.</source>
        <translation>热门类别：需要一周的历史。</translation>
    </message>
    <message>
        <source>Hot categories (share of the top-50 models&apos; download velocity, change over 7 days):</source>
        <translation>热门类别（在前 50 名模型下载速度中的占比，7 天变化）：</translation>
    </message>
    <message>
        <source>New in the top 50: %1</source>
        <translation>新进入前 50 名：%1</translation>
    </message>
    <message>
        <source>Licences (%1 repos with details): %2 permissive, %3 restricted, %4 other, %5 unknown</source>
        <translation>许可证（%1 个有详情的仓库）：%2 个宽松，%3 个受限，%4 个其他，%5 个未知</translation>
    </message>
    <message>
        <source>Weights: %1 with safetensors, %2 with GGUF, %3 pickle-only, %4 gated</source>
        <translation>权重：%1 个含 safetensors，%2 个含 GGUF，%3 个仅 pickle，%4 个需申请访问</translation>
    </message>
    <message>
        <source>Top %1 of %2 tracked series:</source>
        <translation>%2 个跟踪序列中的前 %1 个：</translation>
    </message>
    <message>
        <source>No history recorded yet in %1. Run &quot;hubwatch poll&quot; to start.</source>
        <translation>%1 中尚未记录任何历史。运行“hubwatch poll”开始。</translation>
    </message>
    <message>
        <source>--from and --to name the same history.</source>
        <translation>--from 和 --to 指向同一份历史。</translation>
    </message>
    <message>
        <source>No history at %1: nothing to copy.</source>
        <translation>%1 中没有历史：无需复制。</translation>
    </message>
    <message>
        <source>Stop the collector while migrating; nothing was copied.</source>
        <translation>迁移期间请先停止采集器；未复制任何内容。</translation>
    </message>
    <message>
        <source>  %1%2  %3% (%4%5 pts)</source>
        <comment>status: alert marker, category, share %, sign, change in percentage points</comment>
        <translation>  %1%2  %3%（%4%5 个百分点）</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1：%2</translation>
    </message>
    <message>
        <source>Usage: hubwatch config list | get KEY | set KEY VALUE | unset KEY</source>
        <translation>用法：hubwatch config list | get KEY | set KEY VALUE | unset KEY</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;. The settings are: %2</source>
        <translation>没有名为“%1”的设置。可用的设置有：%2</translation>
    </message>
    <message>
        <source>%1 = %2 (default)</source>
        <translation>%1 = %2（默认）</translation>
    </message>
    <message>
        <source>This command needs the desktop part of HubWatch, which is not installed.</source>
        <translation>此命令需要 HubWatch 的桌面部分，但它未安装。</translation>
    </message>
    <message>
        <source>Warning: the tracked totals reached the largest count HubWatch can hold (%1) and stop there; the real sum may be larger, and the Hub&apos;s figures look broken.</source>
        <translation>警告：跟踪的总数已达到 HubWatch 能保存的最大数值（%1）并停在该值；实际总和可能更大，Hub 的数据看起来有误。</translation>
    </message>
    <message>
        <source>%1: no damage found.</source>
        <translation>%1：未发现损坏。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>The collector (hubwatch poll, or the desktop app while it collects) saves a copy when it next opens the file; restore the history from an export or a backup.</source>
        <translation>采集器（hubwatch poll，或正在采集的桌面应用）下次打开该文件时会保存一份副本；请从导出文件或备份恢复历史。</translation>
    </message>
    <message>
        <source>No history at %1: nothing to check.</source>
        <translation>%1 处没有历史：无需检查。</translation>
    </message>
    <message>
        <source>Show the built-in demo history (generated, read-only, never polled) instead of your own; with a command, run it on the demo: hubwatch --demo status.</source>
        <translation>显示内置的演示历史（生成的、只读、从不轮询），而不是您自己的历史；带命令时在演示上运行该命令：hubwatch --demo status。</translation>
    </message>
    <message>
        <source>--demo shows generated data that is never polled or changed: it cannot be used with &quot;%1&quot;.</source>
        <translation>--demo 显示的是生成的数据，从不轮询也不修改：不能与“%1”一起使用。</translation>
    </message>
    <message>
        <source>--demo and --db each choose the history to show: give one of them.</source>
        <translation>--demo 和 --db 都用于选择要显示的历史：请只指定其中一个。</translation>
    </message>
    <message>
        <source>Demo data: a generated history, not figures from the Hub.</source>
        <translation>演示数据：生成的历史，并非来自 Hub 的数字。</translation>
    </message>
    <message>
        <source>export-png: a logarithmic value axis.</source>
        <translation>export-png：使用对数数值轴。</translation>
    </message>
    <message>
        <source>light|dark</source>
        <translation>light|dark</translation>
    </message>
    <message>
        <source>--theme is light or dark, not &quot;%1&quot;.</source>
        <translation>--theme 只能是 light 或 dark，而不是“%1”。</translation>
    </message>
    <message>
        <source>The window and export-png: dark colours, or light (export-png&apos;s default; the window otherwise follows the desktop).</source>
        <translation>窗口和 export-png：深色，或浅色（export-png 的默认值；否则窗口跟随桌面）。</translation>
    </message>
    <message>
        <source>poll: poll the Hub now; census: count every public repo on the Hub (resumes an unfinished census); status: show the latest figures; alerts: list the alert log; export-csv, export-json: write the history; export-png: draw a chart; import FILE: merge an export; compact: thin old samples; migrate: copy a history into another database; config: list, get or set a setting; check: look for damage in the history; none: start the desktop app.</source>
        <translation>poll：立即查询 Hub；census：统计 Hub 上的每个公开仓库（继续未完成的普查）；status：显示最新数据；alerts：列出提醒记录；export-csv、export-json：写出历史；export-png：绘制图表；import FILE：合并导出文件；compact：精简旧样本；migrate：将历史复制到另一个数据库；config：列出、读取或设置某项设置；check：检查历史是否损坏；无命令：启动桌面应用。</translation>
    </message>
    <message>
        <source>census: keep an unfinished census as partial and start a new one.</source>
        <translation>census：将未完成的普查保留为部分普查，并开始新的普查。</translation>
    </message>
    <message>
        <source>Whole Hub: no complete census yet. Run &quot;hubwatch census&quot;, or let the collector take its daily census.</source>
        <translation>整个 Hub：尚无完整普查。运行“hubwatch census”，或让采集器进行每日普查。</translation>
    </message>
    <message>
        <source>Whole Hub (census of %1, public repositories only): %2 all-time downloads</source>
        <translation>整个 Hub（%1 的普查，仅公开仓库）：累计下载 %2</translation>
    </message>
    <message>
        <source>  Growth: %1%2 per day since the census of %3</source>
        <translation>  增长：自 %3 的普查以来每天 %1%2</translation>
    </message>
    <message>
        <source>  Growth: known after a second census</source>
        <translation>  增长：第二次普查后可知</translation>
    </message>
    <message>
        <source>  30-day downloads %1; %2 models, %3 datasets, %4 spaces</source>
        <translation>  30 天下载 %1；%2 个模型、%3 个数据集、%4 个 Space</translation>
    </message>
    <message numerus="yes">
        <source>  Census under way since %1: %Ln page(s), %2 repos, %3 of %4 kinds done</source>
        <translation>
            <numerusform>  普查自 %1 起进行中：%Ln 页，%2 个仓库，%4 类中已完成 %3 类</numerusform>
        </translation>
    </message>
    <message>
        <source>  A census stopped unfinished at %1 after %2 repos%3; it is not part of the Hub-wide figures.</source>
        <translation>  一次普查于 %1 在 %2 个仓库后中止%3；它不计入整个 Hub 的数据。</translation>
    </message>
    <message>
        <source> (%1% of the last complete census)</source>
        <translation>（上次完整普查的 %1%）</translation>
    </message>
    <message>
        <source>Compacted history older than %1: removed %2 and %3.</source>
        <comment>days, samples, headline points</comment>
        <translation>已精简早于 %1 的历史：删除了 %2 和 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sample(s)</source>
        <translation>
            <numerusform>%Ln 个样本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln headline point(s)</source>
        <translation>
            <numerusform>%Ln 个总数数据点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 and %2 of %n series to %3.</source>
        <comment>repo points, headline points, file</comment>
        <translation>
            <numerusform>已将 %n 个序列的 %1 和 %2 导出到 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln repo point(s)</source>
        <translation>
            <numerusform>%Ln 个仓库数据点</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 and %2 into %3; %4 already present.</source>
        <comment>new points, headline points, file, count</comment>
        <translation>已向 %3 导入 %1 和 %2；%4 个已存在。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new point(s)</source>
        <translation>
            <numerusform>%Ln 个新数据点</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1, %2, %3 and %4 from %5 into %6; %7</source>
        <comment>polls, samples, new repos, alerts, from, into, the polls there already</comment>
        <translation>已从 %5 向 %6 复制 %1、%2、%3 和 %4；%7</translation>
    </message>
    <message numerus="yes">
        <source>%Ln poll(s)</source>
        <translation>
            <numerusform>%Ln 次轮询</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new repo(s)</source>
        <translation>
            <numerusform>%Ln 个新仓库</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln alert(s)</source>
        <translation>
            <numerusform>%Ln 条提醒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln poll(s) were there already.</source>
        <translation>
            <numerusform>%Ln 次轮询已存在。</numerusform>
        </translation>
    </message>
    <message>
        <source>Censuses of the whole Hub: copied %1, %2 and %3.</source>
        <comment>censuses, repos&apos; figures, census samples</comment>
        <translation>整个 Hub 的普查：已复制 %1、%2 和 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln census(es)</source>
        <translation>
            <numerusform>%Ln 次普查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the census figures of %Ln repo(s)</source>
        <translation>
            <numerusform>%Ln 个仓库的普查数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln census sample(s)</source>
        <translation>
            <numerusform>%Ln 个普查样本</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompactNumber</name>
    <message>
        <source>%1 Tsd.</source>
        <comment>compact number, thousands (German locales)</comment>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <source>%1 Mio.</source>
        <comment>compact number, millions (German locales)</comment>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1 Mrd.</source>
        <comment>compact number, 10^9 (German locales)</comment>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1 Bio.</source>
        <comment>compact number, 10^12 (German locales)</comment>
        <translation>%1 Bio.</translation>
    </message>
    <message>
        <source>%1万</source>
        <comment>compact number, 10^4 (Simplified Chinese locales)</comment>
        <translation>%1万</translation>
    </message>
    <message>
        <source>%1亿</source>
        <comment>compact number, 10^8 (Simplified Chinese locales)</comment>
        <translation>%1亿</translation>
    </message>
    <message>
        <source>%1万亿</source>
        <comment>compact number, 10^12 (Simplified Chinese locales)</comment>
        <translation>%1万亿</translation>
    </message>
    <message>
        <source>%1萬</source>
        <comment>compact number, 10^4 (Traditional Chinese locales)</comment>
        <translation>%1萬</translation>
    </message>
    <message>
        <source>%1億</source>
        <comment>compact number, 10^8 (Traditional Chinese locales)</comment>
        <translation>%1億</translation>
    </message>
    <message>
        <source>%1萬億</source>
        <comment>compact number, 10^12 (Traditional Chinese locales)</comment>
        <translation>%1萬億</translation>
    </message>
    <message>
        <source>%1K</source>
        <comment>compact number, thousands (English and other locales)</comment>
        <translation>%1K</translation>
    </message>
    <message>
        <source>%1M</source>
        <comment>compact number, millions (English and other locales)</comment>
        <translation>%1M</translation>
    </message>
    <message>
        <source>%1B</source>
        <comment>compact number, 10^9 (English and other locales)</comment>
        <translation>%1B</translation>
    </message>
    <message>
        <source>%1T</source>
        <comment>compact number, 10^12 (English and other locales)</comment>
        <translation>%1T</translation>
    </message>
</context>
<context>
    <name>ConsoleAlertSink</name>
    <message>
        <source>Alert: %1 — %2</source>
        <translation>提醒：%1 — %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A quoted field opened on this line is never closed.</source>
        <translation>本行开始的带引号字段没有闭合。</translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote.</source>
        <translation>右引号之后出现了意外的文本。</translation>
    </message>
    <message>
        <source>A double quote inside an unquoted field; quote the whole field and double the quote.</source>
        <translation>未加引号的字段中含有双引号；请给整个字段加引号，并把其中的引号写成两个。</translation>
    </message>
</context>
<context>
    <name>DashboardText</name>
    <message>
        <source>%1 %2</source>
        <comment>month year</comment>
        <translation>%2年%1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>%1 之后</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <comment>months of one year</comment>
        <translation>%3年%1–%2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>years</comment>
        <translation>%1–%2年</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 天前</translation>
    </message>
</context>
<context>
    <name>DemoHistory</name>
    <message>
        <source>Cannot create the folder for the demo history: %1</source>
        <translation>无法创建演示历史的文件夹：%1</translation>
    </message>
    <message>
        <source>Cannot make the demo history: %1</source>
        <translation>无法生成演示历史：%1</translation>
    </message>
    <message>
        <source>saving the demo history</source>
        <translation>保存演示历史记录时</translation>
    </message>
</context>
<context>
    <name>GuidanceCatalog</name>
    <message>
        <source>A very large open ecosystem</source>
        <translation>一个非常庞大的开放生态</translation>
    </message>
    <message>
        <source>Hundreds of millions of downloads mean that a great many people and teams build on openly published models and datasets every day.</source>
        <translation>数以亿计的下载意味着，每天都有大量个人和团队基于公开发布的模型和数据集进行开发。</translation>
    </message>
    <message>
        <source>Open the cumulative chart</source>
        <translation>打开累计图表</translation>
    </message>
    <message>
        <source>Less reliance on closed APIs</source>
        <translation>减少对封闭 API 的依赖</translation>
    </message>
    <message>
        <source>When open models are a real option, a product does not depend on a single API vendor, its prices or its terms. That spreads the risk instead of concentrating it.</source>
        <translation>当开放模型成为切实可行的选择时，产品就不必受制于单一 API 供应商及其价格和条款。风险因此被分散，而不是集中。</translation>
    </message>
    <message>
        <source>Fast community iteration</source>
        <translation>社区快速迭代</translation>
    </message>
    <message>
        <source>Many contributors refine, quantise and fine-tune published models in parallel, often more quickly than one company could on its own.</source>
        <translation>众多贡献者并行地改进、量化和微调已发布的模型，速度往往超过任何一家公司单独所能达到的。</translation>
    </message>
    <message>
        <source>Open the velocity chart</source>
        <translation>打开速度图表</translation>
    </message>
    <message>
        <source>Specialised fine-tunes</source>
        <translation>专业领域微调</translation>
    </message>
    <message>
        <source>A model adapted to one domain (law, medicine, one language, one codebase) can beat a much larger general model on that task.</source>
        <translation>针对某一领域（法律、医学、某种语言、某个代码库）调整过的模型，在该任务上可以胜过大得多的通用模型。</translation>
    </message>
    <message>
        <source>No oversight after the download</source>
        <translation>下载之后无人监管</translation>
    </message>
    <message>
        <source>Once weights are on someone&apos;s disk, nobody supervises what they are fine-tuned for, including harmful uses.</source>
        <translation>权重一旦落到某人的硬盘上，就没有人监管它们被微调用于什么目的，包括有害用途。</translation>
    </message>
    <message>
        <source>A download is not a deployment</source>
        <translation>下载不等于部署</translation>
    </message>
    <message>
        <source>Counts include experiments, CI runs and mirrors. Most downloads never end up in a product, so read the figures as interest, not as usage in production.</source>
        <translation>计数包括实验、CI 运行和镜像。大多数下载从未进入产品，因此应把这些数字理解为关注度，而不是生产环境中的使用量。</translation>
    </message>
    <message>
        <source>Weights widen the attack surface</source>
        <translation>权重扩大了攻击面</translation>
    </message>
    <message>
        <source>Every new model is code-adjacent input from a third party. Weights saved with pickle can run arbitrary code when loaded; tampered or look-alike repos are a supply-chain risk.</source>
        <translation>每个新模型都是来自第三方、近似代码的输入。用 pickle 保存的权重在加载时可以执行任意代码；被篡改或仿冒的仓库构成供应链风险。</translation>
    </message>
    <message>
        <source>A single distribution point</source>
        <translation>单一分发点</translation>
    </message>
    <message>
        <source>So much of open AI is fetched from one hub that its outages, policies and moderation choices affect the whole ecosystem.</source>
        <translation>开放 AI 的大部分内容都从同一个平台获取，它的故障、政策和审核决定会影响整个生态。</translation>
    </message>
    <message>
        <source>Milestone announcements</source>
        <translation>里程碑公告</translation>
    </message>
    <message>
        <source>Round numbers of cumulative downloads are when the ecosystem&apos;s size gets noticed. HubWatch projects when the tracked total reaches its next one and can alert you when it does.</source>
        <translation>累计下载量达到整数关口时，生态的规模才会引人注意。HubWatch 会预测跟踪总数何时达到下一个关口，并可在达到时提醒你。</translation>
    </message>
    <message>
        <source>Open the alerts</source>
        <translation>打开提醒</translation>
    </message>
    <message>
        <source>Top-50 download velocity</source>
        <translation>前 50 名的下载速度</translation>
    </message>
    <message>
        <source>When the fastest-growing models shift towards one kind of task, a new hot category is forming. HubWatch compares each task&apos;s share of the top 50 with a week ago.</source>
        <translation>当增长最快的模型向某类任务集中时，一个新的热门类别正在形成。HubWatch 会将每类任务在前 50 名中的占比与一周前进行比较。</translation>
    </message>
    <message>
        <source>Open the hot categories</source>
        <translation>打开热门类别</translation>
    </message>
    <message>
        <source>Open versus closed on leaderboards</source>
        <translation>排行榜上的开放与封闭</translation>
    </message>
    <message>
        <source>How far open models trail (or lead) closed ones on public benchmarks tells you how realistic an open alternative is for your task.</source>
        <translation>开放模型在公开基准测试中落后（或领先）封闭模型多少，说明了开放替代方案对你的任务有多现实。</translation>
    </message>
    <message>
        <source>Private hubs in companies</source>
        <translation>企业中的私有 Hub</translation>
    </message>
    <message>
        <source>Enterprise adoption of private hubs hints at real production use. HubWatch cannot see private repos; this one you follow through announcements.</source>
        <translation>企业采用私有 Hub 暗示着真实的生产使用。HubWatch 看不到私有仓库；这一点需要通过公告来关注。</translation>
    </message>
    <message>
        <source>Safety evaluations of models</source>
        <translation>模型的安全评估</translation>
    </message>
    <message>
        <source>Evaluations published by AI safety organisations are a quality signal. Add their organisations to your watchlist to see what they publish.</source>
        <translation>AI 安全机构发布的评估是一种质量信号。把这些机构加入关注列表，即可看到它们发布的内容。</translation>
    </message>
    <message>
        <source>Open the watchlist</source>
        <translation>打开关注列表</translation>
    </message>
    <message>
        <source>Explore models for your own use case</source>
        <translation>为自己的用例探索模型</translation>
    </message>
    <message>
        <source>Sign up on the Hub and try a few models on the task you actually care about.</source>
        <translation>在 Hub 上注册，并在你真正关心的任务上试用几个模型。</translation>
    </message>
    <message>
        <source>Compare open options before paying for an API</source>
        <translation>付费使用 API 之前先比较开放方案</translation>
    </message>
    <message>
        <source>Before committing to a closed API&apos;s pricing, test whether an open model does the job.</source>
        <translation>在接受封闭 API 的定价之前，先测试开放模型能否胜任。</translation>
    </message>
    <message>
        <source>Check licences before shipping</source>
        <translation>发布前检查许可证</translation>
    </message>
    <message>
        <source>Apache 2.0, a vendor community licence such as Llama&apos;s, or CC-BY carry very different duties. Check them before a model goes into a commercial product.</source>
        <translation>Apache 2.0、Llama 这类厂商社区许可证以及 CC-BY 所附带的义务差别很大。在模型进入商业产品之前务必核查。</translation>
    </message>
    <message>
        <source>Open the licences</source>
        <translation>打开许可证</translation>
    </message>
    <message>
        <source>Keep an internal registry of vetted models</source>
        <translation>维护一份经过审核的内部模型清单</translation>
    </message>
    <message>
        <source>Let teams pull only models someone has reviewed, from a private hub or an artefact repository.</source>
        <translation>让团队只从私有 Hub 或制品仓库中拉取经过审核的模型。</translation>
    </message>
    <message>
        <source>Set a security policy for model weights</source>
        <translation>为模型权重制定安全策略</translation>
    </message>
    <message>
        <source>Decide which formats may run in production (for example safetensors only), where weights may come from and who approves them.</source>
        <translation>明确哪些格式可以在生产中运行（例如只允许 safetensors）、权重可以来自哪里以及由谁批准。</translation>
    </message>
    <message>
        <source>Open the formats</source>
        <translation>打开格式</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>回馈社区</translation>
    </message>
    <message>
        <source>If your business allows it, publish models, datasets or evaluations for others to use.</source>
        <translation>如果业务允许，发布模型、数据集或评估结果供他人使用。</translation>
    </message>
    <message>
        <source>Fund open infrastructure</source>
        <translation>资助开放基础设施</translation>
    </message>
    <message>
        <source>Treat open-source AI infrastructure as a public good and support it.</source>
        <translation>把开源 AI 基础设施视为公共物品并给予支持。</translation>
    </message>
    <message>
        <source>Work on provenance standards</source>
        <translation>参与制定溯源标准</translation>
    </message>
    <message>
        <source>Help define how a model&apos;s origin and supply chain can be traced and verified.</source>
        <translation>帮助确定如何追溯和验证模型的来源及供应链。</translation>
    </message>
    <message>
        <source>Support academic access</source>
        <translation>支持学术界的访问</translation>
    </message>
    <message>
        <source>Programmes that give researchers access to models and compute keep AI research from concentrating in a few companies.</source>
        <translation>为研究人员提供模型和算力的项目，可以避免 AI 研究集中在少数几家公司。</translation>
    </message>
    <message>
        <source>What the figure is a sum of</source>
        <translation>这个数字是哪些数据之和</translation>
    </message>
    <message>
        <source>The Hub publishes no total for all of its repos. HubWatch&apos;s headline is the sum over the repos it tracks: the top models and datasets by downloads plus your watchlist. Spaces are not counted. Repos outside the scope are not in the figure.</source>
        <translation>Hub 不公布其全部仓库的总数。HubWatch 的总数是它所跟踪仓库的合计：按下载量排名靠前的模型和数据集，加上你的关注列表。Spaces 不计入。范围之外的仓库不包含在内。</translation>
    </message>
    <message>
        <source>Change what is tracked</source>
        <translation>更改跟踪内容</translation>
    </message>
    <message>
        <source>30 days and all time</source>
        <translation>30 天与累计</translation>
    </message>
    <message>
        <source>For each repo the Hub reports a rolling count over the last 30 days and a total since the repo was created. HubWatch shows both; growth per day comes from comparing its own polls.</source>
        <translation>Hub 为每个仓库报告最近 30 天的滚动计数，以及自仓库创建以来的总数。HubWatch 两者都显示；每日增长来自对比它自己的轮询结果。</translation>
    </message>
    <message>
        <source>How a model download is counted</source>
        <translation>模型下载如何计数</translation>
    </message>
    <message>
        <source>The Hub counts a download of a model when one of its query files, such as config.json, is fetched with GET or HEAD. Every GGUF file fetched counts separately. Automated traffic such as CI is not filtered out.</source>
        <translation>当模型的某个查询文件（例如 config.json）通过 GET 或 HEAD 被获取时，Hub 就记一次下载。每获取一个 GGUF 文件都单独计数。CI 等自动化流量不会被过滤掉。</translation>
    </message>
    <message>
        <source>How a dataset download is counted</source>
        <translation>数据集下载如何计数</translation>
    </message>
    <message>
        <source>For datasets, all the files one IP address fetches from one repo within five minutes count as a single download.</source>
        <translation>对于数据集，同一 IP 地址在五分钟内从同一仓库获取的所有文件只算一次下载。</translation>
    </message>
    <message>
        <source>The history is HubWatch&apos;s own</source>
        <translation>历史由 HubWatch 自己记录</translation>
    </message>
    <message>
        <source>The Hub keeps no history of its counts, only today&apos;s figures. Every point in HubWatch&apos;s charts is one of its own polls, so the history starts when you started polling and has gaps wherever no poll ran.</source>
        <translation>Hub 不保存计数的历史，只有当天的数字。HubWatch 图表中的每个点都是它自己的一次轮询，因此历史从你开始轮询时算起，没有轮询的时段就会出现缺口。</translation>
    </message>
    <message>
        <source>Pros</source>
        <translation>优势</translation>
    </message>
    <message>
        <source>Cons</source>
        <translation>隐患</translation>
    </message>
    <message>
        <source>What to watch for</source>
        <translation>值得关注的信号</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>你可以做什么</translation>
    </message>
    <message>
        <source>Data &amp; methodology</source>
        <translation>数据与方法</translation>
    </message>
    <message>
        <source>What the scale of open model distribution makes possible.</source>
        <translation>开放模型的分发规模带来了哪些可能。</translation>
    </message>
    <message>
        <source>What the same scale puts at risk.</source>
        <translation>同样的规模又带来了哪些风险。</translation>
    </message>
    <message>
        <source>Signals worth following, with the figures HubWatch has for them.</source>
        <translation>值得跟进的信号，以及 HubWatch 掌握的相关数字。</translation>
    </message>
    <message>
        <source>A checklist; your ticks are kept.</source>
        <translation>一份清单；你的勾选会被保存。</translation>
    </message>
    <message>
        <source>Exactly what HubWatch counts, and what it cannot see.</source>
        <translation>HubWatch 到底统计了什么，又有什么是它看不到的。</translation>
    </message>
</context>
<context>
    <name>HistoryCopy</name>
    <message>
        <source>reading scopes</source>
        <translation>读取范围时</translation>
    </message>
    <message>
        <source>matching scopes</source>
        <translation>匹配范围时</translation>
    </message>
    <message>
        <source>adding a scope</source>
        <translation>添加范围时</translation>
    </message>
    <message>
        <source>reading repos</source>
        <translation>读取仓库时</translation>
    </message>
    <message>
        <source>adding a repo</source>
        <translation>添加仓库时</translation>
    </message>
    <message>
        <source>reading polls</source>
        <translation>读取轮询记录时</translation>
    </message>
    <message>
        <source>adding a poll</source>
        <translation>添加轮询时</translation>
    </message>
    <message>
        <source>copying samples</source>
        <translation>复制样本时</translation>
    </message>
    <message>
        <source>copying presence</source>
        <translation>复制出现记录时</translation>
    </message>
    <message>
        <source>copying headline points</source>
        <translation>复制总数数据点时</translation>
    </message>
    <message>
        <source>copying annotations</source>
        <translation>复制注释时</translation>
    </message>
    <message>
        <source>copying milestones</source>
        <translation>复制里程碑时</translation>
    </message>
    <message>
        <source>copying thresholds</source>
        <translation>复制阈值时</translation>
    </message>
    <message>
        <source>copying alerts</source>
        <translation>复制提醒时</translation>
    </message>
    <message>
        <source>reading alert state</source>
        <translation>读取提醒状态时</translation>
    </message>
    <message>
        <source>saving alert state</source>
        <translation>保存提醒状态时</translation>
    </message>
    <message>
        <source>starting the copy</source>
        <translation>开始复制时</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>未复制任何内容：%1</translation>
    </message>
    <message>
        <source>reading censuses</source>
        <translation>读取普查</translation>
    </message>
    <message>
        <source>adding a census</source>
        <translation>添加普查</translation>
    </message>
    <message>
        <source>copying censuses</source>
        <translation>复制普查</translation>
    </message>
    <message>
        <source>reading census figures</source>
        <translation>读取普查数据</translation>
    </message>
    <message>
        <source>copying census figures</source>
        <translation>复制普查数据</translation>
    </message>
    <message>
        <source>matching census figures</source>
        <translation>匹配普查数据</translation>
    </message>
    <message>
        <source>reading census samples</source>
        <translation>读取普查样本</translation>
    </message>
    <message>
        <source>copying census samples</source>
        <translation>复制普查样本</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>Writing the export failed: %1</source>
        <translation>写入导出文件失败：%1</translation>
    </message>
    <message>
        <source>reading the repos</source>
        <translation>读取仓库时</translation>
    </message>
    <message>
        <source>reading the samples of %1</source>
        <translation>读取 %1 的样本时</translation>
    </message>
    <message>
        <source>reading the scopes</source>
        <translation>读取范围时</translation>
    </message>
    <message>
        <source>reading the headline</source>
        <translation>读取总数时</translation>
    </message>
</context>
<context>
    <name>HistoryFilter</name>
    <message>
        <source>--series: %1</source>
        <translation>--series：%1</translation>
    </message>
    <message>
        <source>--range expects 7d, 30d, 90d, 1y, all or FROM..TO with ISO dates such as 2026-01-01..2026-03-31, not &quot;%1&quot;.</source>
        <translation>--range 需要 7d、30d、90d、1y、all，或 ISO 日期形式的 起..止（如 2026-01-01..2026-03-31），而不是“%1”。</translation>
    </message>
    <message>
        <source>--range: the start %1 is after the end %2.</source>
        <translation>--range：开始 %1 晚于结束 %2。</translation>
    </message>
</context>
<context>
    <name>HistoryImport</name>
    <message>
        <source>counting the imported repos</source>
        <translation>统计导入的仓库时</translation>
    </message>
    <message>
        <source>preparing the import</source>
        <translation>准备导入时</translation>
    </message>
    <message>
        <source>reading the scopes</source>
        <translation>读取范围时</translation>
    </message>
    <message>
        <source>reading the polls</source>
        <translation>读取轮询记录时</translation>
    </message>
    <message>
        <source>adding the scope %1</source>
        <translation>添加范围 %1 时</translation>
    </message>
    <message>
        <source>adding an imported poll</source>
        <translation>添加导入的轮询时</translation>
    </message>
    <message>
        <source>looking for a sample</source>
        <translation>查找样本时</translation>
    </message>
    <message>
        <source>looking for a presence</source>
        <translation>查找出现记录时</translation>
    </message>
    <message>
        <source>looking up %1</source>
        <translation>查询 %1 时</translation>
    </message>
    <message>
        <source>updating %1</source>
        <translation>更新 %1 时</translation>
    </message>
    <message>
        <source>adding %1</source>
        <translation>添加 %1 时</translation>
    </message>
    <message>
        <source>imported history</source>
        <translation>导入的历史</translation>
    </message>
    <message>
        <source>adding a sample of %1</source>
        <translation>添加 %1 的样本时</translation>
    </message>
    <message>
        <source>adding a presence</source>
        <translation>添加出现记录时</translation>
    </message>
    <message>
        <source>looking for a headline</source>
        <translation>查找总数时</translation>
    </message>
    <message>
        <source>adding a headline</source>
        <translation>添加总数时</translation>
    </message>
    <message>
        <source>The history database is not open.</source>
        <translation>历史数据库未打开。</translation>
    </message>
    <message>
        <source>starting the import</source>
        <translation>开始导入时</translation>
    </message>
    <message>
        <source>committing the import</source>
        <translation>提交导入时</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 必须是数字。</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number from 0 to 9223372036854775807.</source>
        <translation>%1：%2 不是 0 到 9223372036854775807 之间的整数。</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 必须是字符串。</translation>
    </message>
    <message>
        <source>Each entry of &quot;series&quot; must be an object.</source>
        <translation>“series”中的每一项都必须是对象。</translation>
    </message>
    <message>
        <source>Each point must be an object.</source>
        <translation>每个数据点都必须是对象。</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in a point.</source>
        <translation>数据点中有未知的键“%1”。</translation>
    </message>
    <message>
        <source>&quot;points&quot; must be an array.</source>
        <translation>“points”必须是数组。</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in a series.</source>
        <translation>序列中有未知的键“%1”。</translation>
    </message>
    <message>
        <source>A series without its &quot;series&quot; name.</source>
        <translation>某个序列缺少“series”名称。</translation>
    </message>
    <message>
        <source>&quot;kind&quot; and &quot;name&quot; do not match the series %1.</source>
        <translation>“kind”和“name”与序列 %1 不符。</translation>
    </message>
    <message>
        <source>&quot;kind&quot; and &quot;name&quot; belong to repo series only.</source>
        <translation>“kind”和“name”只属于仓库序列。</translation>
    </message>
    <message>
        <source>&quot;scope&quot; and &quot;scopeDescription&quot; belong to headline series only.</source>
        <translation>“scope”和“scopeDescription”只属于总数序列。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not belong in a point of %2.</source>
        <translation>“%1”不应出现在 %2 的数据点中。</translation>
    </message>
    <message>
        <source>The point has no &quot;%1&quot;.</source>
        <translation>数据点缺少“%1”。</translation>
    </message>
    <message>
        <source>A headline point needs all its counts; null is not allowed.</source>
        <translation>总数数据点需要所有计数；不允许为 null。</translation>
    </message>
    <message>
        <source>&quot;format&quot; is &quot;%1&quot;; only &quot;%2&quot; can be imported.</source>
        <translation>“format”为“%1”；只能导入“%2”。</translation>
    </message>
    <message>
        <source>The file is version %1 of the format, written by a newer HubWatch; this one reads version %2.</source>
        <translation>该文件是由较新版本 HubWatch 写入的第 %1 版格式；当前版本只能读取第 %2 版。</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be %1.</source>
        <translation>“version”必须为 %1。</translation>
    </message>
    <message>
        <source>&quot;series&quot; must be an array.</source>
        <translation>“series”必须是数组。</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;.</source>
        <translation>未知的键“%1”。</translation>
    </message>
    <message>
        <source>Unexpected text after the end of the JSON document.</source>
        <translation>JSON 文档结束后出现了意外的文本。</translation>
    </message>
    <message>
        <source>This is not a HubWatch history export: it needs &quot;format&quot;, &quot;version&quot; and &quot;series&quot;.</source>
        <translation>这不是 HubWatch 的历史导出文件：需要包含“format”、“version”和“series”。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; in the header.</source>
        <translation>表头中有未知的列“%1”。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice in the header.</source>
        <translation>列“%1”在表头中出现了两次。</translation>
    </message>
    <message>
        <source>The header must name the columns %1 (and may add %2); &quot;%3&quot; is missing.</source>
        <translation>表头必须包含列 %1（可另加 %2）；缺少“%3”。</translation>
    </message>
    <message>
        <source>Expected %1 fields as in the header, found %2.</source>
        <translation>按表头应有 %1 个字段，实际为 %2 个。</translation>
    </message>
    <message>
        <source>repos_covered, models, datasets and scope belong to headline rows only.</source>
        <translation>repos_covered、models、datasets 和 scope 只属于总数行。</translation>
    </message>
    <message>
        <source>A headline row has no likes.</source>
        <translation>总数行没有点赞数。</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text.</source>
        <translation>该文件不是有效的 UTF-8 文本。</translation>
    </message>
    <message>
        <source>%1 is required here.</source>
        <translation>此处必须提供 %1。</translation>
    </message>
    <message>
        <source>%1: %2 is too large.</source>
        <translation>%1：%2 太大。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number of 0 or more.</source>
        <translation>%1：“%2”不是大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time like 2026-11-26T12:43:18.239Z.</source>
        <translation>“%1”不是类似 2026-11-26T12:43:18.239Z 的时间。</translation>
    </message>
    <message>
        <source>A headline needs its scope.</source>
        <translation>总数需要指定范围。</translation>
    </message>
    <message>
        <source>The scope is not a valid scope key.</source>
        <translation>该范围不是有效的范围键。</translation>
    </message>
    <message>
        <source>A second, different point for %1 at %2 (the other is on line %3).</source>
        <translation>%1 在 %2 有第二个不同的数据点（另一个在第 %3 行）。</translation>
    </message>
    <message>
        <source>updating the latest values: %1</source>
        <translation>更新最新数值：%1</translation>
    </message>
</context>
<context>
    <name>HotCategories</name>
    <message>
        <source>untagged</source>
        <translation>无标签</translation>
    </message>
</context>
<context>
    <name>HubConfig</name>
    <message>
        <source>(unreadable)</source>
        <translation>（无法读取）</translation>
    </message>
    <message>
        <source>The Hub endpoint &quot;%1&quot; is not an http(s) URL.</source>
        <translation>Hub 端点“%1”不是 http(s) URL。</translation>
    </message>
    <message>
        <source>The Hub endpoint &quot;%1&quot; must not carry a query, fragment or credentials.</source>
        <translation>Hub 端点“%1”不能包含查询串、片段或凭据。</translation>
    </message>
    <message>
        <source>from --endpoint</source>
        <translation>来自 --endpoint</translation>
    </message>
    <message>
        <source>from HF_ENDPOINT</source>
        <translation>来自 HF_ENDPOINT</translation>
    </message>
    <message>
        <source>from Settings</source>
        <translation>来自设置</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>默认值</translation>
    </message>
</context>
<context>
    <name>HubError</name>
    <message>
        <source>Offline mode is on: HubWatch made no request to the Hub.</source>
        <translation>离线模式已开启：HubWatch 未向 Hub 发出任何请求。</translation>
    </message>
    <message>
        <source>The request was refused before sending it.</source>
        <translation>请求在发送前即被拒绝。</translation>
    </message>
    <message>
        <source>Repository not found (or private).</source>
        <translation>找不到仓库（或为私有仓库）。</translation>
    </message>
    <message>
        <source>This repository is gated: accept its conditions on the Hub first.</source>
        <translation>此仓库需要申请访问：请先在 Hub 上接受其条件。</translation>
    </message>
    <message>
        <source>The Hub rejected the access token; check HF_TOKEN or your token file.</source>
        <translation>Hub 拒绝了访问令牌；请检查 HF_TOKEN 或令牌文件。</translation>
    </message>
    <message>
        <source>The Hub refused access to this resource.</source>
        <translation>Hub 拒绝访问此资源。</translation>
    </message>
    <message>
        <source>The Hub&apos;s rate limit was reached; the quota resets at %1 UTC.</source>
        <translation>已达到 Hub 的速率限制；配额将于 UTC %1 重置。</translation>
    </message>
    <message>
        <source>The Hub&apos;s rate limit was reached.</source>
        <translation>已达到 Hub 的速率限制。</translation>
    </message>
    <message>
        <source>The Hub had a server error and kept failing after retries.</source>
        <translation>Hub 出现服务器错误，重试后仍然失败。</translation>
    </message>
    <message>
        <source>The Hub could not be reached.</source>
        <translation>无法连接到 Hub。</translation>
    </message>
    <message>
        <source>The Hub sent a response HubWatch could not read.</source>
        <translation>Hub 返回了 HubWatch 无法读取的响应。</translation>
    </message>
    <message>
        <source>The Hub sent a response larger than HubWatch accepts.</source>
        <translation>Hub 返回的响应超出了 HubWatch 可接受的大小。</translation>
    </message>
    <message>
        <source>The Hub redirected to an address HubWatch will not follow.</source>
        <translation>Hub 重定向到了 HubWatch 不会跟随的地址。</translation>
    </message>
    <message>
        <source>The Hub answered with HTTP status %1.</source>
        <translation>Hub 返回了 HTTP 状态码 %1。</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>%1 at byte %2 of %3</source>
        <translation>%1，位于 %3 的第 %2 字节</translation>
    </message>
    <message>
        <source>expected a JSON array from %1</source>
        <translation>%1 应返回 JSON 数组</translation>
    </message>
    <message>
        <source>expected a JSON object from %1</source>
        <translation>%1 应返回 JSON 对象</translation>
    </message>
    <message>
        <source>a field has the wrong type in %1</source>
        <translation>%1 中有字段类型错误</translation>
    </message>
    <message>
        <source>The Hub&apos;s answer was cut short.</source>
        <translation>Hub 的响应被中途截断。</translation>
    </message>
    <message>
        <source>The Hub&apos;s answer was cut short after %L1 bytes.</source>
        <translation>Hub 的响应在 %L1 字节后被截断。</translation>
    </message>
    <message>
        <source>The Hub&apos;s answer was cut short after %L1 of %L2 bytes.</source>
        <translation>Hub 的响应在收到 %L1 字节（共 %L2 字节）后被截断。</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>The JSON ends early; expected &quot;%1&quot;.</source>
        <translation>JSON 提前结束；应为“%1”。</translation>
    </message>
    <message>
        <source>Expected &quot;%1&quot; but found &quot;%2&quot;.</source>
        <translation>应为“%1”，实际为“%2”。</translation>
    </message>
    <message>
        <source>The JSON is nested too deeply.</source>
        <translation>JSON 嵌套过深。</translation>
    </message>
    <message>
        <source>Expected a quoted key or &quot;}&quot;.</source>
        <translation>应为带引号的键或“}”。</translation>
    </message>
    <message>
        <source>A control character inside a string must be escaped.</source>
        <translation>字符串中的控制字符必须转义。</translation>
    </message>
    <message>
        <source>&quot;\u&quot; must be followed by four hexadecimal digits.</source>
        <translation>“\u”后面必须跟四位十六进制数字。</translation>
    </message>
    <message>
        <source>Unknown escape &quot;\%1&quot; in a string.</source>
        <translation>字符串中有未知的转义“\%1”。</translation>
    </message>
    <message>
        <source>A string is never closed.</source>
        <translation>字符串没有闭合。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid JSON number.</source>
        <translation>“%1”不是有效的 JSON 数字。</translation>
    </message>
    <message>
        <source>Unexpected text; expected a JSON value.</source>
        <translation>意外的文本；应为 JSON 值。</translation>
    </message>
    <message>
        <source>Expected a single value, not an object or array.</source>
        <translation>应为单个值，而不是对象或数组。</translation>
    </message>
    <message>
        <source>The JSON ends early; expected a value.</source>
        <translation>JSON 提前结束；应为一个值。</translation>
    </message>
</context>
<context>
    <name>LicenseClassifier</name>
    <message>
        <source>Apache License 2.0</source>
        <translation>Apache 许可证 2.0</translation>
    </message>
    <message>
        <source>MIT License</source>
        <translation>MIT 许可证</translation>
    </message>
    <message>
        <source>BSD licence family</source>
        <translation>BSD 许可证系列</translation>
    </message>
    <message>
        <source>BSD 2-Clause License</source>
        <translation>BSD 两条款许可证</translation>
    </message>
    <message>
        <source>BSD 3-Clause License</source>
        <translation>BSD 三条款许可证</translation>
    </message>
    <message>
        <source>BSD 3-Clause Clear License</source>
        <translation>BSD 三条款 Clear 许可证</translation>
    </message>
    <message>
        <source>ISC License</source>
        <translation>ISC 许可证</translation>
    </message>
    <message>
        <source>Creative Commons Zero v1.0</source>
        <translation>知识共享 CC0 1.0</translation>
    </message>
    <message>
        <source>Creative Commons Attribution 2.0</source>
        <translation>知识共享 署名 2.0</translation>
    </message>
    <message>
        <source>Creative Commons Attribution 2.5</source>
        <translation>知识共享 署名 2.5</translation>
    </message>
    <message>
        <source>Creative Commons Attribution 3.0</source>
        <translation>知识共享 署名 3.0</translation>
    </message>
    <message>
        <source>Creative Commons Attribution 4.0</source>
        <translation>知识共享 署名 4.0</translation>
    </message>
    <message>
        <source>The Unlicense</source>
        <translation>The Unlicense</translation>
    </message>
    <message>
        <source>zlib License</source>
        <translation>zlib 许可证</translation>
    </message>
    <message>
        <source>Academic Free License 3.0</source>
        <translation>学术自由许可证 3.0</translation>
    </message>
    <message>
        <source>Artistic License 2.0</source>
        <translation>Artistic 许可证 2.0</translation>
    </message>
    <message>
        <source>Boost Software License 1.0</source>
        <translation>Boost 软件许可证 1.0</translation>
    </message>
    <message>
        <source>Educational Community License 2.0</source>
        <translation>教育社区许可证 2.0</translation>
    </message>
    <message>
        <source>WTFPL</source>
        <translation>WTFPL</translation>
    </message>
    <message>
        <source>PostgreSQL License</source>
        <translation>PostgreSQL 许可证</translation>
    </message>
    <message>
        <source>University of Illinois/NCSA License</source>
        <translation>伊利诺伊大学/NCSA 许可证</translation>
    </message>
    <message>
        <source>ODC Public Domain Dedication and License</source>
        <translation>ODC 公共领域贡献及许可协议</translation>
    </message>
    <message>
        <source>ODC Attribution License</source>
        <translation>ODC 署名许可协议</translation>
    </message>
    <message>
        <source>CDLA Permissive 1.0</source>
        <translation>CDLA 宽松版 1.0</translation>
    </message>
    <message>
        <source>CDLA Permissive 2.0</source>
        <translation>CDLA 宽松版 2.0</translation>
    </message>
    <message>
        <source>Etalab Open License 2.0</source>
        <translation>Etalab 开放许可证 2.0</translation>
    </message>
    <message>
        <source>OpenMDW License 1.0</source>
        <translation>OpenMDW 许可证 1.0</translation>
    </message>
    <message>
        <source>OpenMDW License 1.1</source>
        <translation>OpenMDW 许可证 1.1</translation>
    </message>
    <message>
        <source>GNU GPL family</source>
        <translation>GNU GPL 系列</translation>
    </message>
    <message>
        <source>GNU GPL v2.0</source>
        <translation>GNU GPL v2.0</translation>
    </message>
    <message>
        <source>GNU GPL v3.0</source>
        <translation>GNU GPL v3.0</translation>
    </message>
    <message>
        <source>GNU AGPL v3.0</source>
        <translation>GNU AGPL v3.0</translation>
    </message>
    <message>
        <source>GNU Free Documentation License</source>
        <translation>GNU 自由文档许可证</translation>
    </message>
    <message>
        <source>European Union Public Licence 1.1</source>
        <translation>欧盟公共许可证 1.1</translation>
    </message>
    <message>
        <source>European Union Public Licence 1.2</source>
        <translation>欧盟公共许可证 1.2</translation>
    </message>
    <message>
        <source>Open Software License 3.0</source>
        <translation>开放软件许可证 3.0</translation>
    </message>
    <message>
        <source>GNU LGPL family</source>
        <translation>GNU LGPL 系列</translation>
    </message>
    <message>
        <source>GNU LGPL v2.1</source>
        <translation>GNU LGPL v2.1</translation>
    </message>
    <message>
        <source>GNU LGPL v3.0</source>
        <translation>GNU LGPL v3.0</translation>
    </message>
    <message>
        <source>LGPL for Linguistic Resources</source>
        <translation>语言资源 LGPL</translation>
    </message>
    <message>
        <source>Mozilla Public License 2.0</source>
        <translation>Mozilla 公共许可证 2.0</translation>
    </message>
    <message>
        <source>Eclipse Public License 1.0</source>
        <translation>Eclipse 公共许可证 1.0</translation>
    </message>
    <message>
        <source>Eclipse Public License 2.0</source>
        <translation>Eclipse 公共许可证 2.0</translation>
    </message>
    <message>
        <source>Microsoft Public License</source>
        <translation>微软公共许可证</translation>
    </message>
    <message>
        <source>SIL Open Font License 1.1</source>
        <translation>SIL 开放字体许可证 1.1</translation>
    </message>
    <message>
        <source>Creative Commons Attribution-ShareAlike 3.0</source>
        <translation>知识共享 署名-相同方式共享 3.0</translation>
    </message>
    <message>
        <source>Creative Commons Attribution-ShareAlike 4.0</source>
        <translation>知识共享 署名-相同方式共享 4.0</translation>
    </message>
    <message>
        <source>Open Database License</source>
        <translation>开放数据库许可证</translation>
    </message>
    <message>
        <source>CDLA Sharing 1.0</source>
        <translation>CDLA 共享版 1.0</translation>
    </message>
    <message>
        <source>LaTeX Project Public License 1.3c</source>
        <translation>LaTeX 项目公共许可证 1.3c</translation>
    </message>
    <message>
        <source>Creative Commons licence family</source>
        <translation>知识共享许可证系列</translation>
    </message>
    <message>
        <source>Other licence</source>
        <translation>其他许可证</translation>
    </message>
    <message>
        <source>Creative Commons Attribution-NonCommercial 2.0</source>
        <translation>知识共享 署名-非商业性使用 2.0</translation>
    </message>
    <message>
        <source>Creative Commons Attribution-NonCommercial 3.0</source>
        <translation>知识共享 署名-非商业性使用 3.0</translation>
    </message>
    <message>
        <source>Creative Commons Attribution-NonCommercial 4.0</source>
        <translation>知识共享 署名-非商业性使用 4.0</translation>
    </message>
    <message>
        <source>Creative Commons Attribution-NonCommercial-ShareAlike 2.0</source>
        <translation>知识共享 署名-非商业性使用-相同方式共享 2.0</translation>
    </message>
    <message>
        <source>Creative Commons Attribution-NonCommercial-ShareAlike 3.0</source>
        <translation>知识共享 署名-非商业性使用-相同方式共享 3.0</translation>
    </message>
    <message>
        <source>Creative Commons Attribution-NonCommercial-ShareAlike 4.0</source>
        <translation>知识共享 署名-非商业性使用-相同方式共享 4.0</translation>
    </message>
    <message>
        <source>Creative Commons Attribution-NoDerivatives 4.0</source>
        <translation>知识共享 署名-禁止演绎 4.0</translation>
    </message>
    <message>
        <source>Creative Commons Attribution-NonCommercial-NoDerivatives 3.0</source>
        <translation>知识共享 署名-非商业性使用-禁止演绎 3.0</translation>
    </message>
    <message>
        <source>Creative Commons Attribution-NonCommercial-NoDerivatives 4.0</source>
        <translation>知识共享 署名-非商业性使用-禁止演绎 4.0</translation>
    </message>
    <message>
        <source>OpenRAIL licence family</source>
        <translation>OpenRAIL 许可证系列</translation>
    </message>
    <message>
        <source>Open RAIL++-M License</source>
        <translation>Open RAIL++-M 许可证</translation>
    </message>
    <message>
        <source>BigScience OpenRAIL-M</source>
        <translation>BigScience OpenRAIL-M</translation>
    </message>
    <message>
        <source>CreativeML OpenRAIL-M</source>
        <translation>CreativeML OpenRAIL-M</translation>
    </message>
    <message>
        <source>BigScience BLOOM RAIL 1.0</source>
        <translation>BigScience BLOOM RAIL 1.0</translation>
    </message>
    <message>
        <source>BigCode Open RAIL-M v1</source>
        <translation>BigCode Open RAIL-M v1</translation>
    </message>
    <message>
        <source>Llama 2 Community License</source>
        <translation>Llama 2 社区许可证</translation>
    </message>
    <message>
        <source>Llama 3 Community License</source>
        <translation>Llama 3 社区许可证</translation>
    </message>
    <message>
        <source>Llama 3.1 Community License</source>
        <translation>Llama 3.1 社区许可证</translation>
    </message>
    <message>
        <source>Llama 3.2 Community License</source>
        <translation>Llama 3.2 社区许可证</translation>
    </message>
    <message>
        <source>Llama 3.3 Community License</source>
        <translation>Llama 3.3 社区许可证</translation>
    </message>
    <message>
        <source>Llama 4 Community License</source>
        <translation>Llama 4 社区许可证</translation>
    </message>
    <message>
        <source>Gemma Terms of Use</source>
        <translation>Gemma 使用条款</translation>
    </message>
    <message>
        <source>Grok 2 Community License</source>
        <translation>Grok 2 社区许可证</translation>
    </message>
    <message>
        <source>Apple Sample Code License</source>
        <translation>Apple 示例代码许可证</translation>
    </message>
    <message>
        <source>Apple Machine Learning Research Model License</source>
        <translation>Apple 机器学习研究模型许可证</translation>
    </message>
    <message>
        <source>DeepFloyd IF Research License</source>
        <translation>DeepFloyd IF 研究许可证</translation>
    </message>
    <message>
        <source>FAIR Noncommercial Research License</source>
        <translation>FAIR 非商业研究许可证</translation>
    </message>
    <message>
        <source>H Research License</source>
        <translation>H 研究许可证</translation>
    </message>
    <message>
        <source>Intel Research Use License</source>
        <translation>Intel 研究使用许可证</translation>
    </message>
    <message>
        <source>Computational Use of Data Agreement</source>
        <translation>数据计算使用协议</translation>
    </message>
    <message>
        <source>Unknown licence</source>
        <translation>未知许可证</translation>
    </message>
    <message>
        <source>copyleft</source>
        <translation>著佐权（copyleft）</translation>
    </message>
    <message>
        <source>weak copyleft</source>
        <translation>弱著佐权</translation>
    </message>
    <message>
        <source>copyleft (share-alike)</source>
        <translation>著佐权（相同方式共享）</translation>
    </message>
    <message>
        <source>non-commercial</source>
        <translation>非商业性使用</translation>
    </message>
    <message>
        <source>no derivatives</source>
        <translation>禁止演绎</translation>
    </message>
    <message>
        <source>non-commercial, no derivatives</source>
        <translation>非商业性使用，禁止演绎</translation>
    </message>
    <message>
        <source>use restrictions</source>
        <translation>使用限制</translation>
    </message>
    <message>
        <source>vendor terms with conditions</source>
        <translation>附带条件的厂商条款</translation>
    </message>
    <message>
        <source>research only</source>
        <translation>仅限研究</translation>
    </message>
    <message>
        <source>custom terms: read the repository&apos;s licence</source>
        <translation>自定义条款：请阅读仓库的许可证</translation>
    </message>
    <message>
        <source>variant not stated</source>
        <translation>未注明具体版本</translation>
    </message>
    <message>
        <source>No licence given</source>
        <translation>未注明许可证</translation>
    </message>
    <message>
        <source>Permissive</source>
        <translation>宽松</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>受限</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>MilestoneInput</name>
    <message>
        <source>Type a number of downloads, such as 1B, 250M or 2,500,000.</source>
        <translation>请输入下载量，例如 10亿、2.5亿 或 2500000。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of downloads; try 1B, 250M or 2,500,000.</source>
        <translation>“%1”不是下载量；请尝试 10亿、2.5亿 或 2500000。</translation>
    </message>
    <message>
        <source>A milestone must be above zero.</source>
        <translation>里程碑必须大于零。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large.</source>
        <translation>“%1”太大。</translation>
    </message>
</context>
<context>
    <name>PgAdvisoryLock</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Another HubWatch collector (%1) is already polling into %2; there is only one collector per shared history. Desktops only read it, and so can this machine: run hubwatch without &quot;poll&quot;.</source>
        <translation>另一个 HubWatch 采集器（%1）已在向 %2 写入轮询结果；每份共享历史只能有一个采集器。桌面端只读取它，这台机器也可以：运行不带“poll”的 hubwatch。</translation>
    </message>
    <message>
        <source>server process %1</source>
        <translation>服务器进程 %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>PollScope</name>
    <message>
        <source>top %1 models + %2 datasets</source>
        <translation>前 %1 个模型 + %2 个数据集</translation>
    </message>
    <message numerus="yes">
        <source>(+ %n watched)</source>
        <translation>
            <numerusform>（+ %n 个关注项）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Projection</name>
    <message>
        <source>The target has already been reached.</source>
        <translation>已经达到目标。</translation>
    </message>
    <message numerus="yes">
        <source>Not enough history yet to project a date: %n poll(s) so far, at least %1 needed.</source>
        <translation>
            <numerusform>历史不足，尚无法预测日期：目前只有 %n 次轮询，至少需要 %1 次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough history yet to project a date: it covers less than %n day(s).</source>
        <translation>
            <numerusform>历史不足，尚无法预测日期：覆盖时间不到 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>The count is not growing, so it will not reach the target at this pace.</source>
        <translation>计数没有增长，按此速度无法达到目标。</translation>
    </message>
    <message>
        <source>The history is too irregular for a reliable date (fit quality R² %1, below %2).</source>
        <translation>历史数据过于不规则，无法给出可靠日期（拟合优度 R² 为 %1，低于 %2）。</translation>
    </message>
    <message numerus="yes">
        <source>At this pace the target is more than %n year(s) away.</source>
        <translation>
            <numerusform>按此速度，距目标还有超过 %n 年。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Projected from steady percentage growth over the last %n day(s) (fit quality R² %1).</source>
        <translation>
            <numerusform>根据最近 %n 天的稳定百分比增长预测（拟合优度 R² 为 %1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Projected from a straight-line trend over the last %n day(s) (fit quality R² %1).</source>
        <translation>
            <numerusform>根据最近 %n 天的线性趋势预测（拟合优度 R² 为 %1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only downloads count as growth here, not repos entering or leaving the tracked set.</source>
        <translation>这里只有下载量计为增长，仓库进入或离开跟踪集合不计在内。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>The history is stale: the last poll was %1 ago. Poll again to project a date.</source>
        <translation>历史记录已过时：上次轮询是在 %1 之前。请重新轮询以预测日期。</translation>
    </message>
</context>
<context>
    <name>SeriesId</name>
    <message>
        <source>&quot;%1&quot; is not a series: use model:ORG/NAME, dataset:ORG/NAME or headline.</source>
        <translation>“%1”不是序列：请使用 model:ORG/NAME、dataset:ORG/NAME 或 headline。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Hub repo name.</source>
        <translation>“%1”不是有效的 Hub 仓库名称。</translation>
    </message>
</context>
<context>
    <name>SeriesNames</name>
    <message>
        <source>Tracked downloads</source>
        <translation>跟踪的下载量</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>模型 %1</translation>
    </message>
    <message>
        <source>dataset %1</source>
        <translation>数据集 %1</translation>
    </message>
    <message>
        <source>author %1</source>
        <translation>作者 %1</translation>
    </message>
    <message>
        <source>no pipeline tag</source>
        <translation>无流水线标签</translation>
    </message>
    <message>
        <source>no library</source>
        <translation>无库</translation>
    </message>
    <message>
        <source>no licence</source>
        <translation>无许可证</translation>
    </message>
    <message>
        <source>Whole Hub downloads</source>
        <translation>整个 Hub 的下载量</translation>
    </message>
    <message>
        <source>Whole Hub by pipeline tag</source>
        <translation>整个 Hub（按流水线标签）</translation>
    </message>
    <message>
        <source>Whole Hub by library</source>
        <translation>整个 Hub（按库）</translation>
    </message>
    <message>
        <source>Whole Hub by licence</source>
        <translation>整个 Hub（按许可证）</translation>
    </message>
    <message>
        <source>Whole Hub: %1</source>
        <translation>整个 Hub：%1</translation>
    </message>
    <message>
        <source>no author</source>
        <translation>无作者</translation>
    </message>
    <message>
        <source>no weight format</source>
        <translation>无权重格式</translation>
    </message>
    <message>
        <source>Whole Hub by author</source>
        <translation>整个 Hub（按作者）</translation>
    </message>
    <message>
        <source>Whole Hub by weight format</source>
        <translation>整个 Hub（按权重格式）</translation>
    </message>
</context>
<context>
    <name>SettingKeys</name>
    <message>
        <source>The poll interval is a whole number of minutes, not &quot;%1&quot;.</source>
        <translation>查询间隔是整数分钟，而不是“%1”。</translation>
    </message>
    <message>
        <source>The poll interval must be at least 1 minute.</source>
        <translation>查询间隔至少为 1 分钟。</translation>
    </message>
    <message>
        <source>The poll interval can be at most %1 minutes (a week).</source>
        <translation>查询间隔最多为 %1 分钟（一周）。</translation>
    </message>
    <message>
        <source>Expected a whole number from 0 to %1, not &quot;%2&quot;.</source>
        <translation>应为 0 到 %1 之间的整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 is a folder; the history is a file, such as %1/hubwatch.sqlite.</source>
        <translation>%1 是一个文件夹；历史记录是一个文件，例如 %1/hubwatch.sqlite。</translation>
    </message>
    <message>
        <source>The hot-category threshold is a number of percentage points from 0.5 to 100, not &quot;%1&quot;.</source>
        <translation>热门类别阈值是 0.5 到 100 之间的百分点数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Retention is &quot;forever&quot; or a number of days from 1 to %1, not &quot;%2&quot;.</source>
        <translation>保留期为“forever”或 1 到 %1 之间的天数，而不是“%2”。</translation>
    </message>
    <message>
        <source>HubWatch speaks %1; &quot;%2&quot; is not one of them.</source>
        <translation>HubWatch 支持的语言有 %1；“%2”不在其中。</translation>
    </message>
    <message>
        <source>Expected true or false, not &quot;%1&quot;.</source>
        <translation>应为 true 或 false，而不是“%1”。</translation>
    </message>
    <message>
        <source>How many of the most downloaded models to track.</source>
        <translation>要跟踪的下载量最高的模型数量。</translation>
    </message>
    <message>
        <source>How many of the most downloaded datasets to track.</source>
        <translation>要跟踪的下载量最高的数据集数量。</translation>
    </message>
    <message>
        <source>The watchlist: repos and authors tracked besides the top N.</source>
        <translation>关注列表：除前 N 名外额外跟踪的仓库和作者。</translation>
    </message>
    <message>
        <source>Minutes between polls.</source>
        <translation>两次查询之间的分钟数。</translation>
    </message>
    <message>
        <source>The Hub endpoint, when neither --endpoint nor HF_ENDPOINT gives one.</source>
        <translation>当 --endpoint 和 HF_ENDPOINT 均未指定时使用的 Hub 端点。</translation>
    </message>
    <message>
        <source>The history, when --db does not give one.</source>
        <translation>当 --db 未指定时使用的历史记录。</translation>
    </message>
    <message>
        <source>Show alerts as desktop notifications.</source>
        <translation>以桌面通知显示提醒。</translation>
    </message>
    <message>
        <source>A category is hot when its share of the top-50 velocity rises this many points in 7 days.</source>
        <translation>当某类别在前 50 名下载速度中的占比在 7 天内上升这么多个百分点时，即视为热门。</translation>
    </message>
    <message>
        <source>Thin samples older than this many days after polls; forever keeps every sample.</source>
        <translation>查询后精简早于这么多天的样本；forever 表示保留所有样本。</translation>
    </message>
    <message>
        <source>Thin old samples to one a day (true) or one an hour (false).</source>
        <translation>将旧样本精简为每天一个（true）或每小时一个（false）。</translation>
    </message>
    <message>
        <source>The language; empty for the system&apos;s.</source>
        <translation>界面语言；留空则使用系统语言。</translation>
    </message>
    <message>
        <source>Start in the system tray.</source>
        <translation>启动时最小化到系统托盘。</translation>
    </message>
    <message>
        <source>The census interval is &quot;off&quot; or a number of hours from 1 to %1, not &quot;%2&quot;.</source>
        <translation>普查间隔应为 &quot;off&quot; 或 1 到 %1 之间的小时数，而不是 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>Hours between the collector&apos;s censuses of the whole Hub (24: daily); off takes none.</source>
        <translation>采集器普查整个 Hub 的间隔小时数（24：每天）；off 表示不普查。</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>recording an alert</source>
        <translation>记录提醒时</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>开始事务时</translation>
    </message>
    <message>
        <source>recording a milestone</source>
        <translation>记录里程碑时</translation>
    </message>
    <message>
        <source>committing a milestone</source>
        <translation>提交里程碑时</translation>
    </message>
    <message>
        <source>recording a baseline</source>
        <translation>记录基线时</translation>
    </message>
    <message>
        <source>reading milestones</source>
        <translation>读取里程碑时</translation>
    </message>
    <message>
        <source>reading alerts</source>
        <translation>读取提醒时</translation>
    </message>
    <message>
        <source>recording a delivery</source>
        <translation>记录推送时</translation>
    </message>
    <message>
        <source>reading the alert log</source>
        <translation>读取提醒记录时</translation>
    </message>
    <message>
        <source>saving a threshold</source>
        <translation>保存阈值时</translation>
    </message>
    <message>
        <source>removing a threshold</source>
        <translation>删除阈值时</translation>
    </message>
    <message>
        <source>reading thresholds</source>
        <translation>读取阈值时</translation>
    </message>
    <message>
        <source>saving an annotation</source>
        <translation>保存注释时</translation>
    </message>
    <message>
        <source>reading annotations</source>
        <translation>读取注释时</translation>
    </message>
    <message>
        <source>reading alert state</source>
        <translation>读取提醒状态时</translation>
    </message>
    <message>
        <source>saving alert state</source>
        <translation>保存提醒状态时</translation>
    </message>
    <message>
        <source>%1 does not exist yet.</source>
        <translation>%1 尚不存在。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 是只读的。</translation>
    </message>
    <message>
        <source>Its schema is version %1; this HubWatch knows up to %2.</source>
        <translation>其架构版本为 %1；当前 HubWatch 最高只支持 %2。</translation>
    </message>
    <message>
        <source>%1 holds no HubWatch history yet; run a poll first.</source>
        <translation>%1 中还没有 HubWatch 历史；请先运行一次轮询。</translation>
    </message>
    <message>
        <source>File: %1. A copy was saved as %2. Problem: %3</source>
        <translation>文件：%1。已将副本保存为 %2。问题：%3</translation>
    </message>
    <message>
        <source>File: %1. Making a backup copy failed too. Problem: %2</source>
        <translation>文件：%1。创建备份副本也失败了。问题：%2</translation>
    </message>
    <message>
        <source>reading the latest values</source>
        <translation>读取最新数值时</translation>
    </message>
    <message>
        <source>reading a snapshot</source>
        <translation>读取快照时</translation>
    </message>
    <message>
        <source>reading the headline</source>
        <translation>读取总数时</translation>
    </message>
    <message>
        <source>reading repo details</source>
        <translation>读取仓库详情时</translation>
    </message>
    <message>
        <source>reading polls</source>
        <translation>读取轮询记录时</translation>
    </message>
    <message>
        <source>reading a poll</source>
        <translation>读取一次轮询时</translation>
    </message>
    <message>
        <source>The database is not open for writing.</source>
        <translation>数据库未以写入方式打开。</translation>
    </message>
    <message>
        <source>starting the poll&apos;s transaction</source>
        <translation>开始轮询事务时</translation>
    </message>
    <message>
        <source>recording the poll&apos;s scope</source>
        <translation>记录轮询范围时</translation>
    </message>
    <message>
        <source>recording the poll</source>
        <translation>记录轮询时</translation>
    </message>
    <message>
        <source>recording the poll&apos;s repos</source>
        <translation>记录轮询的仓库时</translation>
    </message>
    <message>
        <source>recording the poll&apos;s totals</source>
        <translation>记录轮询的总数时</translation>
    </message>
    <message>
        <source>committing the poll</source>
        <translation>提交轮询时</translation>
    </message>
    <message>
        <source>It holds tables but no HubWatch schema version.</source>
        <translation>其中有数据表，但没有 HubWatch 架构版本。</translation>
    </message>
    <message>
        <source>Upgrading to schema version %1 failed: %2</source>
        <translation>升级到架构版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>Compaction needs a time and a number of days.</source>
        <translation>精简需要一个时间和天数。</translation>
    </message>
    <message>
        <source>starting compaction</source>
        <translation>开始精简时</translation>
    </message>
    <message>
        <source>compacting the history</source>
        <translation>精简历史时</translation>
    </message>
    <message>
        <source>The headline has no series of likes.</source>
        <translation>总数没有点赞数序列。</translation>
    </message>
    <message>
        <source>Unknown series %1.</source>
        <translation>未知序列 %1。</translation>
    </message>
    <message>
        <source>Only the headline has a series of repos covered.</source>
        <translation>只有总数才有覆盖仓库数序列。</translation>
    </message>
    <message>
        <source>finding the repo</source>
        <translation>查找仓库时</translation>
    </message>
    <message>
        <source>No history for %1.</source>
        <translation>没有 %1 的历史。</translation>
    </message>
    <message>
        <source>reading a repo&apos;s history</source>
        <translation>读取仓库历史时</translation>
    </message>
    <message>
        <source>reading the headline history</source>
        <translation>读取总数历史时</translation>
    </message>
    <message>
        <source>No history for the scope %1.</source>
        <translation>范围 %1 没有历史。</translation>
    </message>
    <message>
        <source>Too many periods asked for.</source>
        <translation>请求的时段过多。</translation>
    </message>
    <message>
        <source>reading the poll times</source>
        <translation>读取轮询时间时</translation>
    </message>
    <message>
        <source>The history database is in use by another process.</source>
        <translation>历史数据库正被另一个进程使用。</translation>
    </message>
    <message>
        <source>The history database cannot be written (read-only file or folder).</source>
        <translation>历史数据库无法写入（文件或文件夹为只读）。</translation>
    </message>
    <message>
        <source>The disk is full: the poll was not stored, and nothing stored before was changed.</source>
        <translation>磁盘已满：本次轮询未保存，之前保存的内容均未改动。</translation>
    </message>
    <message>
        <source>The history database is damaged. It was not changed or replaced.</source>
        <translation>历史数据库已损坏。它未被修改或替换。</translation>
    </message>
    <message>
        <source>The history database was written by a newer HubWatch; this version will not change it.</source>
        <translation>历史数据库由较新版本的 HubWatch 写入；当前版本不会修改它。</translation>
    </message>
    <message>
        <source>The history database could not be opened.</source>
        <translation>无法打开历史数据库。</translation>
    </message>
    <message>
        <source>A history database operation failed.</source>
        <translation>历史数据库操作失败。</translation>
    </message>
    <message>
        <source>The input could not be used.</source>
        <translation>输入无法使用。</translation>
    </message>
    <message>
        <source>Another HubWatch poller (process %1 on %2) is already writing to %3.</source>
        <translation>另一个 HubWatch 轮询进程（%2 上的进程 %1）正在写入 %3。</translation>
    </message>
    <message>
        <source>%1 holds no HubWatch history yet; start the collector (hubwatch poll) first.</source>
        <translation>%1 中还没有 HubWatch 历史；请先启动采集器（hubwatch poll）。</translation>
    </message>
    <message>
        <source>%1 refused the login: %2 HubWatch takes the password from PGPASSWORD or ~/.pgpass, never from the URL.</source>
        <translation>%1 拒绝了登录：%2 HubWatch 从 PGPASSWORD 或 ~/.pgpass 读取密码，绝不从 URL 中读取。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>looking for a poll</source>
        <translation>查找轮询时</translation>
    </message>
    <message>
        <source>The shared history database cannot be reached.</source>
        <translation>无法连接共享历史数据库。</translation>
    </message>
    <message>
        <source>The role %1 may only read %2; the collector writes it with a role that owns the tables.</source>
        <translation>角色 %1 只能读取 %2；采集器需使用拥有这些数据表的角色写入。</translation>
    </message>
    <message>
        <source>moving renamed repos&apos; history to their new ids</source>
        <translation>将已改名仓库的历史迁移到新 ID 时</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be created.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>No space is left on the file system of %1. %2</source>
        <translation>%1 所在的文件系统已没有剩余空间。%2</translation>
    </message>
    <message>
        <source>This user&apos;s disk quota on the file system of %1 is used up. %2</source>
        <translation>当前用户在 %1 所在文件系统上的磁盘配额已用完。%2</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system. %2</source>
        <translation>%1 位于只读文件系统上。%2</translation>
    </message>
    <message>
        <source>This user has no permission to create files in %1. %2</source>
        <translation>当前用户无权在 %1 中创建文件。%2</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. %2</source>
        <translation>%1 是文件，不是文件夹。%2</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1：%2。%3</translation>
    </message>
    <message>
        <source>Another HubWatch poller (process %1 on %2, %3) is already writing to %4.</source>
        <translation>另一个 HubWatch 轮询进程（%2 上的进程 %1，%3）正在写入 %4。</translation>
    </message>
    <message>
        <source>%1 exists but names no running process. If no HubWatch uses %2, delete %1.</source>
        <translation>%1 已存在，但其中记录的进程并未运行。如果没有 HubWatch 在使用 %2，请删除 %1。</translation>
    </message>
    <message>
        <source>File: %1. A copy was saved earlier as %2. Problem: %3</source>
        <translation>文件：%1。之前已将副本保存为 %2。问题：%3</translation>
    </message>
    <message>
        <source>File: %1. This command only reads, so it made no copy; the collector (hubwatch poll, or the desktop app while it collects) saves one when it next opens the file. Problem: %2</source>
        <translation>文件：%1。此命令只读取，因此未创建副本；采集器（hubwatch poll，或正在采集的桌面应用）下次打开该文件时会保存一份副本。问题：%2</translation>
    </message>
    <message>
        <source>recording the poll&apos;s latest values</source>
        <translation>记录本次轮询的最新数值</translation>
    </message>
    <message>
        <source>reading repos</source>
        <translation>读取仓库时</translation>
    </message>
    <message>
        <source>storing a poll&apos;s figures</source>
        <translation>保存一次轮询的数据时</translation>
    </message>
    <message>
        <source>reading a poll&apos;s figures</source>
        <translation>读取一次轮询的数据时</translation>
    </message>
    <message>
        <source>storing a census page</source>
        <translation>存储普查的一页时</translation>
    </message>
    <message>
        <source>reading a census</source>
        <translation>读取普查时</translation>
    </message>
    <message>
        <source>There is no census %1.</source>
        <translation>不存在普查 %1。</translation>
    </message>
    <message>
        <source>starting a census</source>
        <translation>开始普查时</translation>
    </message>
    <message>
        <source>This part of the census is already finished.</source>
        <translation>普查的这一部分已经完成。</translation>
    </message>
    <message>
        <source>finishing a census</source>
        <translation>完成普查时</translation>
    </message>
    <message>
        <source>The census has parts still to walk.</source>
        <translation>普查还有尚未遍历的部分。</translation>
    </message>
    <message>
        <source>Census %1 is measured against census %2, not %3.</source>
        <translation>普查 %1 是与普查 %2 比较的，而不是与 %3。</translation>
    </message>
    <message>
        <source>reading census figures</source>
        <translation>读取普查数据时</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>A password does not belong in the --db URL, where every user of this machine can read it. Remove it and set PGPASSWORD, or add a line to ~/.pgpass (mode 0600).</source>
        <translation>密码不应写在 --db URL 中，因为这台机器上的所有用户都能读到它。请将其删除并设置 PGPASSWORD，或在 ~/.pgpass（权限 0600）中添加一行。</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL URL of the form postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>%1 不是 postgresql://USER@HOST:PORT/DBNAME 形式的 PostgreSQL URL。</translation>
    </message>
    <message>
        <source>%1: connection options after &quot;?&quot; are not supported; use USER@HOST:PORT/DBNAME.</source>
        <translation>%1：不支持“?”之后的连接选项；请使用 USER@HOST:PORT/DBNAME。</translation>
    </message>
    <message>
        <source>%1 names no database: use postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>%1 未指定数据库：请使用 postgresql://USER@HOST:PORT/DBNAME。</translation>
    </message>
</context>
<context>
    <name>WatchItem</name>
    <message>
        <source>&quot;%1&quot; should look like model:ORG/NAME, dataset:ORG/NAME or author:ORG.</source>
        <translation>“%1”应形如 model:ORG/NAME、dataset:ORG/NAME 或 author:ORG。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Hub name.</source>
        <translation>“%1”不是有效的 Hub 名称。</translation>
    </message>
</context>
<context>
    <name>hubwatch::AlertBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss the alert</source>
        <translation>关闭此提醒</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>alert title, its age</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <comment>alert title, its age, its text</comment>
        <translation>%1（%2）— %3</translation>
    </message>
</context>
<context>
    <name>hubwatch::AlertLogModel</name>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Hot category</source>
        <translation>热门类别</translation>
    </message>
    <message>
        <source>New entrant</source>
        <translation>新上榜</translation>
    </message>
    <message>
        <source>Record day</source>
        <translation>创纪录日</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Happened %1 UTC</source>
        <translation>发生于 UTC %1</translation>
    </message>
    <message>
        <source>Noticed %1 UTC</source>
        <translation>发现于 UTC %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>hubwatch::AlertLogPanel</name>
    <message>
        <source>Filter alerts by text…</source>
        <translation>按文本筛选提醒…</translation>
    </message>
    <message>
        <source>Tick a kind of alert to see it.</source>
        <translation>勾选一种提醒类型即可查看。</translation>
    </message>
    <message>
        <source>The alert log is unavailable: %1</source>
        <translation>提醒记录不可用：%1</translation>
    </message>
    <message>
        <source>No alerts yet: milestones, record days, new entrants and anomalies appear here.</source>
        <translation>暂无提醒：里程碑、创纪录日、新上榜和异常都会显示在这里。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>hubwatch::CensusCommand</name>
    <message>
        <source>Census stopped; run hubwatch census again to continue it.</source>
        <translation>普查已停止；再次运行 hubwatch census 即可继续。</translation>
    </message>
    <message>
        <source>The census stopped: %1
It is kept unfinished; run hubwatch census again to continue it.</source>
        <translation>普查已停止：%1
它将保持未完成状态；再次运行 hubwatch census 即可继续。</translation>
    </message>
</context>
<context>
    <name>hubwatch::CensusCrawler</name>
    <message>
        <source>The Hub listed more than %1 pages of one kind; the census stops here.</source>
        <translation>Hub 为同一类列出了超过 %1 页；普查在此停止。</translation>
    </message>
    <message>
        <source>census page %1 of %2</source>
        <translation>%2 的普查第 %1 页</translation>
    </message>
    <message>
        <source>pagination loops back to a page already read (%1)</source>
        <translation>分页回到了已读取的页面（%1）</translation>
    </message>
</context>
<context>
    <name>hubwatch::DashboardView</name>
    <message>
        <source>Tracked cumulative downloads</source>
        <translation>跟踪的累计下载量</translation>
    </message>
    <message>
        <source>Offline (--offline or HF_HUB_OFFLINE=1), and no history stored yet.
Start HubWatch online to take the first poll; it appears here within a minute.</source>
        <translation>离线（--offline 或 HF_HUB_OFFLINE=1），且尚未保存任何历史。
请在联网状态下启动 HubWatch 进行首次轮询；结果会在一分钟内显示在这里。</translation>
    </message>
    <message>
        <source>No poll yet. Scope: %1.</source>
        <translation>尚未轮询。范围：%1。</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>立即轮询</translation>
    </message>
    <message>
        <source>Open the chart</source>
        <translation>打开图表</translation>
    </message>
    <message>
        <source>Latest alerts</source>
        <translation>最新提醒</translation>
    </message>
    <message>
        <source>No alerts yet.</source>
        <translation>暂无提醒。</translation>
    </message>
    <message>
        <source>%1 downloads, summed over the tracked repos</source>
        <translation>%1 次下载，为所跟踪仓库的合计</translation>
    </message>
    <message>
        <source>+%1 per day</source>
        <translation>每天 +%1</translation>
    </message>
    <message>
        <source>growth not known yet</source>
        <translation>增长尚不可知</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>正在读取历史…</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation>尚无历史。</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>下一个里程碑</translation>
    </message>
    <message>
        <source>Progress from the last milestone to the next</source>
        <translation>从上一个里程碑到下一个的进度</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Hot categories</source>
        <translation>热门类别</translation>
    </message>
    <message>
        <source>Licence mix</source>
        <translation>许可证构成</translation>
    </message>
    <message>
        <source>%1
30-day downloads %2
%3
polled %4 UTC</source>
        <translation>%1
30 天下载量 %2
%3
轮询于 %4 UTC</translation>
    </message>
    <message>
        <source>%1 of the way from %2</source>
        <translation>自 %2 起已完成 %1</translation>
    </message>
    <message>
        <source>Expected %1</source>
        <translation>预计 %1</translation>
    </message>
    <message>
        <source>Compared over the last %1 days.</source>
        <translation>与最近 %1 天比较。</translation>
    </message>
    <message>
        <source>The top %1 models gain %2 a day.</source>
        <translation>前 %1 个模型每天增加 %2。</translation>
    </message>
    <message>
        <source>A week ago: %1 a day.</source>
        <translation>一周前：每天 %1。</translation>
    </message>
    <message>
        <source>%1: %2 (%3 points in 7 days)</source>
        <translation>%1：%2（7 天内 %3 个百分点）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No model velocity measured yet.</source>
        <translation>尚未测得模型速度。</translation>
    </message>
    <message>
        <source>New in the top %1 this week: %2</source>
        <translation>本周新进前 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>No licences seen yet.</source>
        <translation>尚未见到许可证。</translation>
    </message>
    <message>
        <source>Of %1 inspected repos: %2 safetensors, %3 GGUF, %4 pickle only.</source>
        <translation>在已检查的 %1 个仓库中：%2 个 safetensors，%3 个 GGUF，%4 个仅 pickle。</translation>
    </message>
    <message>
        <source>working out the growth…
30-day downloads %1
%2
polled %3 UTC</source>
        <translation>正在计算增长…
30 天下载量 %1
%2
轮询于 %3 UTC</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>最大 %1</translation>
    </message>
    <message>
        <source>min %1</source>
        <translation>最小 %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
</context>
<context>
    <name>hubwatch::DesktopApp</name>
    <message>
        <source>Rate limited by the Hub until %1 UTC; HubWatch waits and continues.</source>
        <translation>Hub 限速至 UTC %1；HubWatch 会等待后继续。</translation>
    </message>
    <message>
        <source>HubWatch — %1 tracked downloads</source>
        <translation>HubWatch — 跟踪下载量 %1</translation>
    </message>
    <message>
        <source>The last poll was not saved: %1</source>
        <translation>上次轮询未保存：%1</translation>
    </message>
    <message>
        <source>Loading your milestones…</source>
        <translation>正在加载你的里程碑…</translation>
    </message>
    <message>
        <source>Your milestones could not be read: %1</source>
        <translation>无法读取你的里程碑：%1</translation>
    </message>
    <message>
        <source>Another HubWatch is recording this history; change milestones there.</source>
        <translation>另一个 HubWatch 正在记录此历史；请在那里更改里程碑。</translation>
    </message>
    <message>
        <source>Your milestones were not saved: %1</source>
        <translation>你的里程碑未保存：%1</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 现为 %2</translation>
    </message>
    <message>
        <source>Renamed on the Hub: %1. The watchlist follows, with the history and alerts kept.</source>
        <translation>已在 Hub 上重命名：%1。关注列表随之更新，历史记录和提醒均保留。</translation>
    </message>
    <message>
        <source>Demo data: a generated history that is never polled.</source>
        <translation>演示数据：生成的历史，从不轮询。</translation>
    </message>
    <message>
        <source>HubWatch is still running</source>
        <translation>HubWatch 仍在运行</translation>
    </message>
    <message>
        <source>It keeps polling in the tray. To quit, choose Quit in the tray menu, or press Ctrl+Q in the window.</source>
        <translation>它会在系统托盘中继续轮询。要退出，请在托盘菜单中选择“退出”，或在窗口中按 Ctrl+Q。</translation>
    </message>
    <message>
        <source>The demo history is read-only: its milestones are the generated ones.</source>
        <translation>演示历史为只读：其里程碑是生成的。</translation>
    </message>
</context>
<context>
    <name>hubwatch::DesktopViews</name>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>关注列表</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>解读</translation>
    </message>
    <message>
        <source>Licences &amp; weights</source>
        <translation>许可证与权重</translation>
    </message>
    <message>
        <source>Alert log</source>
        <translation>提醒记录</translation>
    </message>
</context>
<context>
    <name>hubwatch::ExportPngDialog</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>1× (standard)</source>
        <translation>1×（标准）</translation>
    </message>
    <message>
        <source>2× (high resolution)</source>
        <translation>2×（高分辨率）</translation>
    </message>
    <message>
        <source>The image has width × height × scale pixels</source>
        <translation>图像像素为 宽 × 高 × 缩放倍数</translation>
    </message>
    <message>
        <source>White</source>
        <translation>白色</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>透明</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>缩放：</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>背景：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>hubwatch::GuidanceView</name>
    <message>
        <source>%1 per day</source>
        <translation>每天 %1</translation>
    </message>
    <message>
        <source>growth not known yet</source>
        <translation>增长尚不可知</translation>
    </message>
    <message>
        <source>%1 downloads all time, %2
Summed over %3 (not the whole Hub)</source>
        <translation>累计 %1 次下载，%2
%3 的合计（并非整个 Hub）</translation>
    </message>
    <message>
        <source>%1 in the last 30 days · %2 all time</source>
        <translation>最近 30 天 %1 · 累计 %2</translation>
    </message>
    <message>
        <source>No download velocity yet: it needs polls on more than one day.</source>
        <translation>尚无下载速度：需要多于一天的轮询。</translation>
    </message>
    <message>
        <source>Share of the top-50 download velocity:</source>
        <translation>在前 50 名下载速度中的占比：</translation>
    </message>
    <message>
        <source>%1 %2% (%3 pts in a week)</source>
        <translation>%1 %2%（一周内 %3 个百分点）</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message numerus="yes">
        <source>%n new in the top 50 this week</source>
        <translation>
            <numerusform>本周有 %n 个新进入前 50 名</numerusform>
        </translation>
    </message>
    <message>
        <source>No week-old list to compare with yet.</source>
        <translation>尚无一周前的榜单可供比较。</translation>
    </message>
    <message>
        <source>No licences inspected yet.</source>
        <translation>尚未检查任何许可证。</translation>
    </message>
    <message>
        <source>%1 permissive · %2 restricted · %3 other · %4 unknown
of %5 repos inspected</source>
        <translation>%1 个宽松 · %2 个受限 · %3 个其他 · %4 个未知
共检查 %5 个仓库</translation>
    </message>
    <message>
        <source>No weight files inspected yet.</source>
        <translation>尚未检查任何权重文件。</translation>
    </message>
    <message>
        <source>%1 pickle-only of %2 repos inspected
%3 safetensors · %4 GGUF · %5 gated</source>
        <translation>已检查的 %2 个仓库中 %1 个仅有 pickle
%3 个 safetensors · %4 个 GGUF · %5 个需申请访问</translation>
    </message>
    <message>
        <source>No next milestone yet.</source>
        <translation>尚无下一个里程碑。</translation>
    </message>
    <message>
        <source>Next milestone %1, expected around %2
(between %3 and %4)</source>
        <translation>下一个里程碑 %1，预计在 %2 前后
（%3 至 %4 之间）</translation>
    </message>
    <message>
        <source>later</source>
        <translation>更晚</translation>
    </message>
    <message>
        <source>Milestone %1 reached on %2</source>
        <translation>已于 %2 达到里程碑 %1</translation>
    </message>
    <message>
        <source>Next milestone %1</source>
        <translation>下一个里程碑 %1</translation>
    </message>
    <message>
        <source>Next milestone %1
%2</source>
        <translation>下一个里程碑 %1
%2</translation>
    </message>
    <message numerus="yes">
        <source>Now: %1, %Ln repos covered, last complete poll %2 UTC</source>
        <translation>
            <numerusform>当前：%1，覆盖 %Ln 个仓库，最近一次完整轮询于 UTC %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No data yet: this figure appears after the first complete poll.</source>
        <translation>暂无数据：首次完整轮询后会显示此数字。</translation>
    </message>
    <message>
        <source>growth known after the next census</source>
        <translation>下次普查后可知增长</translation>
    </message>
    <message>
        <source>%1 downloads all time across the whole Hub, %2
from the census of %3 UTC (public repositories only)</source>
        <translation>整个 Hub 累计下载 %1，%2
来自 %3 UTC 的普查（仅公开仓库）</translation>
    </message>
    <message>
        <source>Whole Hub: %1 downloads over %2 repos, census of %3 UTC</source>
        <translation>整个 Hub：%2 个仓库共 %1 次下载，%3 UTC 的普查</translation>
    </message>
    <message>
        <source>A census (hubwatch census, or the collector&apos;s daily one) gives the whole Hub&apos;s figure.</source>
        <translation>普查（hubwatch census，或采集器的每日普查）给出整个 Hub 的数据。</translation>
    </message>
</context>
<context>
    <name>hubwatch::HistoryChartView</name>
    <message>
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <source>Align launches</source>
        <translation>对齐发布时间</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Velocity, 1-day</source>
        <translation>速度，1 天</translation>
    </message>
    <message>
        <source>Velocity, 7-day</source>
        <translation>速度，7 天</translation>
    </message>
    <message>
        <source>Velocity, 30-day</source>
        <translation>速度，30 天</translation>
    </message>
    <message>
        <source>Hot categories</source>
        <translation>热门类别</translation>
    </message>
    <message>
        <source>What to chart</source>
        <translation>图表内容</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 天</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Drag to zoom into a rectangle, use the wheel to zoom, Shift+drag or the middle button to pan.</source>
        <translation>拖动可框选放大，滚轮可缩放，按住 Shift 拖动或用中键可平移。</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <source>Choose the tracked series to chart together</source>
        <translation>选择要放在一起绘制的跟踪序列</translation>
    </message>
    <message>
        <source>Compare the series by days since each one&apos;s first sample</source>
        <translation>按各序列自首个样本起的天数进行比较</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No stored data in this range yet.</source>
        <translation>此范围内尚无已存数据。</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Chart exported</source>
        <translation>图表已导出</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>已将 %1 保存到 %2。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>hubwatch::HistoryPage</name>
    <message>
        <source>Keep every sample</source>
        <translation>保留所有样本</translation>
    </message>
    <message>
        <source>Compact samples older than</source>
        <translation>精简超过</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天的样本</translation>
    </message>
    <message>
        <source>to hourly</source>
        <translation>至每小时精度</translation>
    </message>
    <message>
        <source>to daily</source>
        <translation>至每天精度</translation>
    </message>
    <message>
        <source>Compaction keeps the first and last sample of each hour or day and every peak and trough.</source>
        <translation>精简会保留每小时或每天的第一个和最后一个样本，以及所有峰值和谷值。</translation>
    </message>
    <message>
        <source>the local file (default)</source>
        <translation>本地文件（默认）</translation>
    </message>
    <message>
        <source>A file path, or postgresql://USER@HOST:PORT/DBNAME for a team&apos;s shared history. The password comes from PGPASSWORD or ~/.pgpass, never from here.</source>
        <translation>一个文件路径，或团队共享历史的 postgresql://USER@HOST:PORT/DBNAME。密码取自 PGPASSWORD 或 ~/.pgpass，绝不从这里读取。</translation>
    </message>
    <message>
        <source>A new database is used from the next start of HubWatch.</source>
        <translation>新的数据库将在 HubWatch 下次启动时启用。</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>This run shows the demo history (--demo); your database setting is kept for other runs.</source>
        <translation>本次运行显示演示历史（--demo）；您的数据库设置会保留，供其他运行使用。</translation>
    </message>
    <message>
        <source>Given with --db for this run; the setting is kept for other runs.</source>
        <translation>本次运行由 --db 指定；该设置会保留，供其他运行使用。</translation>
    </message>
    <message>
        <source>Between 1 and %1 days.</source>
        <translation>须在 1 到 %1 天之间。</translation>
    </message>
</context>
<context>
    <name>hubwatch::HistorySession</name>
    <message>
        <source>Showing the team&apos;s shared history at %1, recorded by its collector (hubwatch poll).</source>
        <translation>正在显示团队位于 %1 的共享历史，由其采集器（hubwatch poll）记录。</translation>
    </message>
    <message>
        <source>Only reading the history.</source>
        <translation>仅读取历史记录。</translation>
    </message>
</context>
<context>
    <name>hubwatch::HubClient</name>
    <message>
        <source>&quot;%1&quot; is not a valid repository id</source>
        <translation>“%1”不是有效的仓库 ID</translation>
    </message>
</context>
<context>
    <name>hubwatch::HubFetch</name>
    <message>
        <source>over %1 MiB at %2</source>
        <translation>%2 处超过 %1 MiB</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>%1 秒内没有数据</translation>
    </message>
    <message>
        <source>unsupported Content-Encoding &quot;%1&quot; — %2</source>
        <translation>不支持的 Content-Encoding“%1” — %2</translation>
    </message>
    <message>
        <source>over %1 MiB once decompressed at %2</source>
        <translation>%2 处解压后超过 %1 MiB</translation>
    </message>
    <message>
        <source>corrupt gzip data — %1</source>
        <translation>gzip 数据损坏 — %1</translation>
    </message>
    <message>
        <source>invalid Location — %1</source>
        <translation>无效的 Location — %1</translation>
    </message>
    <message>
        <source>https downgraded to http — %1</source>
        <translation>https 被降级为 http — %1</translation>
    </message>
    <message>
        <source>too many redirects — %1</source>
        <translation>重定向次数过多 — %1</translation>
    </message>
</context>
<context>
    <name>hubwatch::HubListJob</name>
    <message>
        <source>&quot;%1&quot; is not a valid author name</source>
        <translation>“%1”不是有效的作者名</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2</translation>
    </message>
    <message>
        <source>pagination loops back to a page already read (%1)</source>
        <translation>分页回到了已读取的页面（%1）</translation>
    </message>
    <message>
        <source>more than %1 pages (%2)</source>
        <translation>超过 %1 页（%2）</translation>
    </message>
</context>
<context>
    <name>hubwatch::LicencePanel</name>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>pickle</source>
        <translation>pickle</translation>
    </message>
    <message>
        <source>no weights</source>
        <translation>无权重</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes (automatic)</source>
        <translation>是（自动批准）</translation>
    </message>
    <message>
        <source>Yes (manual approval)</source>
        <translation>是（人工审批）</translation>
    </message>
    <message>
        <source>Pickle only</source>
        <translation>仅 pickle</translation>
    </message>
    <message>
        <source>Repo</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Gated</source>
        <translation>需申请访问</translation>
    </message>
    <message>
        <source>Filter repos, licences, formats…</source>
        <translation>筛选仓库、许可证、格式…</translation>
    </message>
    <message>
        <source>All licence groups</source>
        <translation>所有许可证分组</translation>
    </message>
    <message>
        <source>Only repos whose weights are all pickle-based</source>
        <translation>仅显示权重全部基于 pickle 的仓库</translation>
    </message>
    <message>
        <source>Pickle-only weights: this repo ships its weights only as pickle files (.bin, .pt, .ckpt…). Loading a pickle runs whatever code it contains, so a malicious or compromised repo can take over the machine that loads it. Prefer a repo with safetensors or GGUF weights, or load with weights_only=True in a sandbox.</source>
        <translation>仅 pickle 权重：此仓库只以 pickle 文件（.bin、.pt、.ckpt…）提供权重。加载 pickle 会执行其中包含的任何代码，因此恶意或被入侵的仓库可以控制加载它的机器。请优先选择提供 safetensors 或 GGUF 权重的仓库，或在沙箱中以 weights_only=True 加载。</translation>
    </message>
    <message>
        <source>No licence given</source>
        <translation>未注明许可证</translation>
    </message>
    <message>
        <source>Licence id: %1</source>
        <translation>许可证标识：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Downloading needs a Hub account that accepted the repo&apos;s conditions</source>
        <translation>下载需要一个已接受该仓库条件的 Hub 账号</translation>
    </message>
    <message>
        <source>No repo details yet</source>
        <translation>尚无仓库详情</translation>
    </message>
    <message>
        <source>Licences and weight formats appear once a poll has fetched the top models&apos; details or a watched repo.</source>
        <translation>一旦轮询获取了热门模型或关注仓库的详情，许可证和权重格式就会显示在这里。</translation>
    </message>
    <message numerus="yes">
        <source>%n repos: </source>
        <translation>
            <numerusform>%n 个仓库：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 permissive · %2 restricted · %3 other · %4 unknown licence</source>
        <translation>%1 个宽松 · %2 个受限 · %3 个其他 · %4 个许可证未知</translation>
    </message>
    <message>
        <source>Weights: %1 safetensors · %2 GGUF · %3 pickle only · %4 gated</source>
        <translation>权重：%1 个 safetensors · %2 个 GGUF · %3 个仅 pickle · %4 个需申请访问</translation>
    </message>
    <message>
        <source>Repo details unavailable</source>
        <translation>仓库详情不可用</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载量</translation>
    </message>
    <message>
        <source>All-time downloads of the repo: its licence&apos;s share of the downloads of the repos listed</source>
        <translation>该仓库的累计下载量：其许可证在所列仓库下载量中所占的份额</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n repos</source>
        <translation>
            <numerusform>%1 / %n 个仓库</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>尚不清楚</translation>
    </message>
    <message>
        <source>%1 downloads, %2% of the repos listed</source>
        <translation>%1 次下载，占所列仓库的 %2%</translation>
    </message>
</context>
<context>
    <name>hubwatch::MainWindow</name>
    <message>
        <source>HubWatch</source>
        <translation>HubWatch</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Offline: no requests are made to the Hub.</source>
        <translation>离线：不会向 Hub 发出任何请求。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export chart as PNG…</source>
        <translation>将图表导出为 PNG(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Poll now</source>
        <translation>立即轮询(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Idle. Last poll finished at %1 UTC.</source>
        <translation>空闲。上次轮询于 UTC %1 完成。</translation>
    </message>
    <message>
        <source>Last poll had errors: %1</source>
        <translation>上次轮询出错：%1</translation>
    </message>
    <message>
        <source>Idle. Endpoint: %1 (%2)</source>
        <translation>空闲。端点：%1（%2）</translation>
    </message>
    <message>
        <source>The last poll was not saved: %1</source>
        <translation>上次查询未能保存：%1</translation>
    </message>
    <message>
        <source>Demo data: a generated history, never polled. Your own history is not opened.</source>
        <translation>演示数据：生成的历史，从不轮询。您自己的历史不会被打开。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
        <source>Starts a second window on a generated history; your own is not touched.</source>
        <translation>在生成的历史上打开第二个窗口；您自己的历史不受影响。</translation>
    </message>
    <message>
        <source>&amp;About HubWatch</source>
        <translation>关于 HubWatch(&amp;A)</translation>
    </message>
    <message>
        <source>HubWatch — Demo data</source>
        <translation>HubWatch — 演示数据</translation>
    </message>
    <message>
        <source>Cannot start the demo: %1</source>
        <translation>无法启动演示：%1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>About HubWatch</source>
        <translation>关于 HubWatch</translation>
    </message>
    <message>
        <source>HubWatch %1</source>
        <translation>HubWatch %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>view name, its shortcut</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Cannot reach the Hub; trying again at %1 (attempt %2 of %3).</source>
        <translation>无法连接 Hub；将于 %1 重试（第 %2 次，共 %3 次）。</translation>
    </message>
    <message>
        <source>&amp;How HubWatch measures</source>
        <translation>HubWatch 如何统计(&amp;H)</translation>
    </message>
    <message>
        <source>Monitors download statistics of the Hugging Face Hub.

Data: the Hugging Face Hub API (the download counts are the Hub&apos;s own).
Built with Qt %1, running on Qt %2.
Licence: GNU General Public License, version 3.
Uses Qt (LGPL 3) and Qt Charts (GPL 3), by The Qt Company and contributors.</source>
        <translation>监测 Hugging Face Hub 的下载统计。

数据：Hugging Face Hub API（下载数为 Hub 自身的统计）。
使用 Qt %1 构建，运行于 Qt %2。
许可证：GNU 通用公共许可证第 3 版。
使用 Qt（LGPL 3）和 Qt Charts（GPL 3），由 The Qt Company 及贡献者开发。</translation>
    </message>
    <message>
        <source>models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Census of the whole Hub: %1, page %2</source>
        <translation>整个 Hub 的普查：%1，第 %2 页</translation>
    </message>
    <message>
        <source>, done about %1</source>
        <translation>，预计 %1 完成</translation>
    </message>
    <message>
        <source>%1 repos counted so far. The census runs between polls and leaves part of the rate limit to them.</source>
        <translation>目前已统计 %1 个仓库。普查在两次轮询之间进行，并为轮询保留部分速率限额。</translation>
    </message>
    <message>
        <source>Census of the whole Hub complete at %1</source>
        <translation>整个 Hub 的普查已于 %1 完成</translation>
    </message>
    <message>
        <source>Census of the whole Hub paused: it resumes after a later poll</source>
        <translation>整个 Hub 的普查已暂停：将在之后的轮询后继续</translation>
    </message>
    <message>
        <source>Census of the whole Hub: no answer for a page; asking again at %1 (attempt %2 of %3)</source>
        <translation>整个 Hub 的普查：某一页没有应答；将于 %1 再次请求（第 %2 次，共 %3 次）</translation>
    </message>
</context>
<context>
    <name>hubwatch::MethodologyDialog</name>
    <message>
        <source>How HubWatch measures</source>
        <translation>HubWatch 如何统计</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Every poll lists the most downloaded models and datasets from the Hub&apos;s public API at %1, with each repo&apos;s all-time downloads. The counts are the Hub&apos;s own; HubWatch only records them and keeps their history.</source>
        <translation>每次轮询都会通过 %1 上 Hub 的公开 API 列出下载量最高的模型和数据集，以及每个仓库的累计下载量。这些数字来自 Hub 本身；HubWatch 只负责记录并保存其历史。</translation>
    </message>
    <message>
        <source>The headline</source>
        <translation>主指标</translation>
    </message>
    <message>
        <source>The tracked cumulative downloads: the sum of the all-time downloads of the repos in scope (%1). It is not the whole Hub: repos outside the top lists are not counted, and spaces have no download counts at all. Changing the top N starts a new headline series, so figures of different scopes are never compared.</source>
        <translation>跟踪的累计下载量：范围内（%1）各仓库累计下载量之和。它不是整个 Hub：排行榜之外的仓库不计入，Space 根本没有下载数。更改前 N 名会开始一条新的主指标序列，因此不同范围的数字绝不会相互比较。</translation>
    </message>
    <message>
        <source>30-day downloads</source>
        <translation>30 天下载量</translation>
    </message>
    <message>
        <source>The Hub&apos;s own rolling count of the last 30 days for each repo. It falls as well as rises, unlike the all-time count.</source>
        <translation>Hub 自身对每个仓库最近 30 天的滚动计数。与累计数不同，它会涨也会跌。</translation>
    </message>
    <message>
        <source>Growth and velocity</source>
        <translation>增长与速度</translation>
    </message>
    <message>
        <source>Growth per day compares two polls of the same scope some days apart, over the repos present in both: a repo entering or leaving the top lists is not growth. A repo&apos;s velocity is the change of its all-time count per day.</source>
        <translation>每日增长比较同一范围内相隔数天的两次轮询，只计算两次都出现的仓库：进入或离开排行榜的仓库不算增长。仓库的速度是其累计下载量每天的变化。</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>The expected date of the next milestone extends the recent growth; its interval widens the further away it lies, so a date months ahead is given as months. A milestone alert is raised once, also for a crossing that happened while HubWatch was closed.</source>
        <translation>下一个里程碑的预计日期是对近期增长的外推；距离越远，区间越宽，因此几个月之后的日期以月份表示。里程碑提醒只发出一次，HubWatch 关闭期间发生的跨越也会提醒。</translation>
    </message>
    <message>
        <source>Hot categories</source>
        <translation>热门类别</translation>
    </message>
    <message>
        <source>Each pipeline tag&apos;s share of the download velocity of the top %1 models, compared with a week before. A category is hot when its share grew by the number of points set in Settings.</source>
        <translation>每个流水线标签在前 %1 个模型下载速度中所占的份额，与一周前相比。当其份额增长达到设置中规定的百分点时，该类别即为热门。</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Read from each repo&apos;s licence tag and grouped as permissive, restricted, other or unknown. This is a guide, not legal advice: read the licence itself before using a model in a product.</source>
        <translation>从每个仓库的许可证标签读取，并分为宽松、受限、其他或未知。这只是参考，不是法律意见：在产品中使用模型前，请阅读许可证原文。</translation>
    </message>
    <message>
        <source>What the numbers do not say</source>
        <translation>这些数字说明不了什么</translation>
    </message>
    <message>
        <source>A download is a file request the Hub counts: experiments, CI runs, mirrors and re-downloads count too. Downloads are not deployments, not unique users and not unique models. When the Hub lowers a count, HubWatch keeps the history as recorded, flags an upstream correction and leaves that repo out of the growth.</source>
        <translation>下载是 Hub 统计的一次文件请求：实验、CI 运行、镜像和重复下载都会计入。下载不等于部署，也不等于独立用户或独立模型。当 Hub 调低某个计数时，HubWatch 保留已记录的历史，标记为上游更正，并在计算增长时排除该仓库。</translation>
    </message>
</context>
<context>
    <name>hubwatch::MilestoneEditor</name>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Your milestones</source>
        <translation>你的里程碑</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>新里程碑</translation>
    </message>
    <message>
        <source>e.g. 1.5B or 250M</source>
        <translation>例如 15亿 或 2.5亿</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Milestones at 1, 2 and 5 × 10ⁿ are always announced; add your own here.</source>
        <translation>1、2 和 5 × 10ⁿ 处的里程碑总会通知；你可以在这里添加自己的里程碑。</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 已在列表中。</translation>
    </message>
    <message>
        <source>%1 downloads added.</source>
        <translation>已添加 %1 次下载。</translation>
    </message>
    <message>
        <source>%1 downloads</source>
        <translation>%1 次下载</translation>
    </message>
</context>
<context>
    <name>hubwatch::PollCommand</name>
    <message>
        <source>The poll was not stored: %1</source>
        <translation>本次轮询未保存：%1</translation>
    </message>
    <message>
        <source>Alerts could not be evaluated: %1</source>
        <translation>无法评估提醒：%1</translation>
    </message>
    <message>
        <source>%1 UTC: %2 repos (%3); tracked all-time downloads %4.</source>
        <translation>UTC %1：%2 个仓库（%3）；跟踪的累计下载量 %4。</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n malformed entries.</source>
        <translation>
            <numerusform>跳过了 %n 个格式错误的条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is now %2 on the Hub; its history and alerts carry over, and the watchlist follows it.</source>
        <translation>%1 在 Hub 上现为 %2；其历史记录和提醒将保留，关注列表也随之更新。</translation>
    </message>
    <message>
        <source>%1 is now %2 on the Hub; its history and alerts carry over.</source>
        <translation>%1 在 Hub 上现为 %2；其历史记录和提醒将保留。</translation>
    </message>
    <message>
        <source>The census stopped: %1
It is kept unfinished and resumes after a later poll.</source>
        <translation>普查已停止：%1
它将保持未完成状态，并在之后的轮询后继续。</translation>
    </message>
</context>
<context>
    <name>hubwatch::Poller</name>
    <message>
        <source>Polling page %1 of %2</source>
        <translation>正在轮询第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>top models</source>
        <translation>热门模型</translation>
    </message>
    <message>
        <source>top model details</source>
        <translation>热门模型详情</translation>
    </message>
    <message>
        <source>top datasets</source>
        <translation>热门数据集</translation>
    </message>
    <message>
        <source>Polling the Hub…</source>
        <translation>正在轮询 Hub…</translation>
    </message>
</context>
<context>
    <name>hubwatch::PollingPage</name>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>At least 1 minute; 15 by default. The Hub&apos;s rate limits are respected in any case.</source>
        <translation>至少 1 分钟，默认 15 分钟。无论如何都会遵守 Hub 的速率限制。</translation>
    </message>
    <message>
        <source>Top models:</source>
        <translation>热门模型：</translation>
    </message>
    <message>
        <source>Top datasets:</source>
        <translation>热门数据集：</translation>
    </message>
    <message>
        <source>Poll every:</source>
        <translation>轮询间隔：</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>端点：</translation>
    </message>
    <message>
        <source>Overridden by HF_ENDPOINT.</source>
        <translation>已被 HF_ENDPOINT 覆盖。</translation>
    </message>
    <message>
        <source>Leave empty to use %1.</source>
        <translation>留空则使用 %1。</translation>
    </message>
    <message>
        <source>Given with --endpoint for this run; the setting is kept for other runs.</source>
        <translation>本次运行由 --endpoint 指定；该设置会保留，供其他运行使用。</translation>
    </message>
    <message>
        <source>Plain http: HubWatch never sends your access token over it, so this endpoint is polled anonymously. Use https, or plain http only to this computer (localhost).</source>
        <translation>未加密的 http：HubWatch 绝不会通过它发送您的访问令牌，因此将以匿名方式轮询此端点。请使用 https，或仅对本机（localhost）使用 http。</translation>
    </message>
    <message>
        <source>Changing the top N starts a new headline series: totals over a different top N do not compare, so the headline history is kept per top N. Going back to %1 models and %2 datasets continues the current series.</source>
        <translation>更改热门 N 会开始新的总数序列：不同热门 N 的合计无法比较，因此总数历史按热门 N 分别保存。改回 %1 个模型和 %2 个数据集即可继续当前序列。</translation>
    </message>
    <message>
        <source>Between 0 and %1.</source>
        <translation>须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>Nothing would be tracked: choose some top models or datasets, or add to the watchlist.</source>
        <translation>这样将不会跟踪任何内容：请选择一些热门模型或数据集，或向关注列表中添加项目。</translation>
    </message>
    <message>
        <source>At least 1 minute.</source>
        <translation>至少 1 分钟。</translation>
    </message>
    <message>
        <source>At most %1 minutes (a week).</source>
        <translation>最多 %1 分钟（一周）。</translation>
    </message>
    <message>
        <source>Not a usable address.</source>
        <translation>不是可用的地址。</translation>
    </message>
    <message>
        <source>Take a census every</source>
        <translation>普查间隔</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Counts every public model, dataset and space between polls, within the same rate limit: a few thousand requests, tens of minutes on a free token.</source>
        <translation>在两次轮询之间统计每个公开的模型、数据集和 Space，使用同一速率限额：几千次请求，使用免费令牌需几十分钟。</translation>
    </message>
    <message>
        <source>Whole Hub:</source>
        <translation>整个 Hub：</translation>
    </message>
    <message>
        <source>Between 1 and %1 hours (a month).</source>
        <translation>1 到 %1 小时之间（一个月）。</translation>
    </message>
</context>
<context>
    <name>hubwatch::ProblemCard</name>
    <message>
        <source>HubWatch cannot reach the Hub</source>
        <translation>HubWatch 无法连接到 Hub</translation>
    </message>
    <message>
        <source>HubWatch records the download counts of the most downloaded models and datasets on the Hugging Face Hub at every poll, and keeps their history on this computer. The first poll has not come through, so there are no figures yet.</source>
        <translation>HubWatch 每次轮询时记录 Hugging Face Hub 上下载量最高的模型和数据集的下载次数，并在这台计算机上保存其历史。第一次轮询尚未成功，因此还没有数据。</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Endpoint and proxy settings…</source>
        <translation>端点和代理设置…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>打开演示</translation>
    </message>
    <message>
        <source>A built-in generated history, to see what HubWatch shows once it has data</source>
        <translation>内置的生成历史记录，用于查看 HubWatch 有数据后会显示什么</translation>
    </message>
    <message>
        <source>The reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>No further try is planned: use Retry now.</source>
        <translation>没有计划进一步尝试：请使用“立即重试”。</translation>
    </message>
    <message>
        <source>Next try at %1 %2.</source>
        <translation>下次尝试时间：%1 %2。</translation>
    </message>
    <message>
        <source>Trying again at %1 %2 (attempt %3 of %4).</source>
        <translation>将于 %1 %2 重试（第 %3 次，共 %4 次）。</translation>
    </message>
    <message>
        <source>The poll is still trying by itself.</source>
        <translation>本次轮询仍在自动重试。</translation>
    </message>
</context>
<context>
    <name>hubwatch::SeriesPickerDialog</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Compare series</source>
        <translation>比较序列</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message numerus="yes">
        <source>%n series selected</source>
        <translation>
            <numerusform>已选择 %n 个序列</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one series.</source>
        <translation>请至少选择一个序列。</translation>
    </message>
</context>
<context>
    <name>hubwatch::SettingsDialog</name>
    <message>
        <source>HubWatch Settings</source>
        <translation>HubWatch 设置</translation>
    </message>
    <message>
        <source>A token is stored in the system keychain. Type a new one to replace it.</source>
        <translation>系统钥匙串中已保存一个令牌。输入新令牌即可替换。</translation>
    </message>
    <message>
        <source>No token is stored in the system keychain.</source>
        <translation>系统钥匙串中没有保存令牌。</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>没有可用的钥匙串</translation>
    </message>
    <message>
        <source>The token could not be saved; nothing was changed.</source>
        <translation>无法保存令牌；未做任何更改。</translation>
    </message>
    <message>
        <source>The token could not be removed; nothing was changed.</source>
        <translation>无法移除令牌；未做任何更改。</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>正在检查系统钥匙串…</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>轮询</translation>
    </message>
    <message>
        <source>Alerts and window</source>
        <translation>提醒与窗口</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>Tracked downloads (headline)</source>
        <translation>跟踪的下载量（总数）</translation>
    </message>
    <message>
        <source>Saving the token in the system keychain…</source>
        <translation>正在将令牌保存到系统钥匙串…</translation>
    </message>
    <message>
        <source>Removing the token from the system keychain…</source>
        <translation>正在从系统钥匙串移除令牌…</translation>
    </message>
    <message>
        <source>History and storage</source>
        <translation>历史与存储</translation>
    </message>
</context>
<context>
    <name>hubwatch::Sparkline</name>
    <message>
        <source>Recent history of the tracked total</source>
        <translation>跟踪总数的近期历史</translation>
    </message>
    <message>
        <source>%1 UTC
%2</source>
        <translation>%1 UTC
%2</translation>
    </message>
</context>
<context>
    <name>hubwatch::TokenPage</name>
    <message>
        <source>hf_… (leave empty to keep the current one)</source>
        <translation>hf_…（留空则保留当前令牌）</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the stored token from the keychain when you press OK.</source>
        <translation>按“确定”时从钥匙串中移除已保存的令牌。</translation>
    </message>
    <message>
        <source>Stored in the system keychain only, never in HubWatch&apos;s settings file, and never logged. A read-only token is enough.</source>
        <translation>只保存在系统钥匙串中，绝不写入 HubWatch 的设置文件，也绝不记录到日志。只读令牌即可。</translation>
    </message>
</context>
<context>
    <name>hubwatch::TokenStore</name>
    <message>
        <source>No system keychain is available (no secret service is running).</source>
        <translation>没有可用的系统钥匙串（未运行 Secret Service）。</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>访问钥匙串被拒绝。</translation>
    </message>
    <message>
        <source>The token could not be removed from the keychain.</source>
        <translation>无法从钥匙串中移除令牌。</translation>
    </message>
    <message>
        <source>Without the keychain, HubWatch uses the token the official Hugging Face clients use: the HF_TOKEN environment variable, else the token file %1 (written by &quot;huggingface-cli login&quot;). Without either, it polls anonymously.</source>
        <translation>没有钥匙串时，HubWatch 使用 Hugging Face 官方客户端所用的令牌：环境变量 HF_TOKEN，否则为令牌文件 %1（由“huggingface-cli login”写入）。两者都没有时，将匿名轮询。</translation>
    </message>
    <message>
        <source>The system keychain is not running or could not be reached, so the token cannot be kept there.</source>
        <translation>系统钥匙串未运行或无法访问，因此无法在其中保存令牌。</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it (usually by logging in to the desktop) and try again.</source>
        <translation>系统钥匙串已锁定。请将其解锁（通常通过登录桌面），然后重试。</translation>
    </message>
    <message>
        <source>The system keychain could not be used.</source>
        <translation>无法使用系统钥匙串。</translation>
    </message>
    <message>
        <source>%1 (The keychain said: %2)</source>
        <translation>%1（钥匙串提示：%2）</translation>
    </message>
</context>
<context>
    <name>hubwatch::TrayIcon</name>
    <message>
        <source>Show HubWatch</source>
        <translation>显示 HubWatch</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>立即轮询</translation>
    </message>
    <message>
        <source>Pause polling</source>
        <translation>暂停轮询</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>HubWatch</source>
        <translation>HubWatch</translation>
    </message>
</context>
<context>
    <name>hubwatch::WatchlistModel</name>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message numerus="yes">
        <source>Every stored repo of %1: %n repos, summed</source>
        <translation>
            <numerusform>%1 的所有已存仓库：共 %n 个，合计</numerusform>
        </translation>
    </message>
    <message>
        <source>No stored repo of %1 yet: it appears after the next poll</source>
        <translation>尚无 %1 的已存仓库：下次轮询后会显示</translation>
    </message>
    <message>
        <source>%1 (double-click to open its chart)</source>
        <translation>%1（双击打开其图表）</translation>
    </message>
    <message>
        <source>%1 has no stored figures yet: it appears after the next poll</source>
        <translation>%1 尚无已存数据：下次轮询后会显示</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>尚不可知</translation>
    </message>
    <message>
        <source>%1 downloads, all time</source>
        <translation>累计 %1 次下载</translation>
    </message>
    <message>
        <source>%1 downloads in the last 30 days</source>
        <translation>最近 30 天 %1 次下载</translation>
    </message>
    <message>
        <source>%1 downloads per day, over the last day of history</source>
        <translation>每天 %1 次下载，按最近一天的历史计算</translation>
    </message>
    <message>
        <source>Needs a day of history</source>
        <translation>需要一天的历史</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>关注项</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>每天</translation>
    </message>
</context>
<context>
    <name>hubwatch::WatchlistPanel</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>What to watch: one model, one dataset, or every repo of an author</source>
        <translation>关注对象：一个模型、一个数据集，或某位作者的所有仓库</translation>
    </message>
    <message>
        <source>Search the Hub, or type org/name</source>
        <translation>搜索 Hub，或输入 org/name</translation>
    </message>
    <message>
        <source>org/name</source>
        <translation>org/name</translation>
    </message>
    <message>
        <source>Nothing watched yet. Watch a model, a dataset or every repo of an author to poll it besides the top lists.</source>
        <translation>尚未关注任何内容。关注一个模型、一个数据集或某位作者的所有仓库，即可在热门榜单之外一并轮询。</translation>
    </message>
    <message>
        <source>Double-click a model or dataset to open its chart.</source>
        <translation>双击模型或数据集即可打开其图表。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should look like model:ORG/NAME, dataset:ORG/NAME or author:ORG.</source>
        <translation>“%1”应形如 model:ORG/NAME、dataset:ORG/NAME 或 author:ORG。</translation>
    </message>
    <message>
        <source>Type a name to watch, such as org/name (or org for an author).</source>
        <translation>输入要关注的名称，例如 org/name（作者则输入 org）。</translation>
    </message>
    <message>
        <source>%1 is already on the watchlist.</source>
        <translation>%1 已在关注列表中。</translation>
    </message>
    <message>
        <source>Added %1: the next poll fetches its figures.</source>
        <translation>已添加 %1：下次轮询会获取其数据。</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>已移除 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n items.</source>
        <translation>
            <numerusform>已移除 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures unavailable: %1</source>
        <translation>数据不可用：%1</translation>
    </message>
    <message>
        <source>Searching the Hub…</source>
        <translation>正在搜索 Hub…</translation>
    </message>
    <message>
        <source>Offline: no Hub search. Suggestions come from the local history.</source>
        <translation>离线：不搜索 Hub。建议来自本地历史记录。</translation>
    </message>
    <message>
        <source>The Hub search failed: %1 Suggestions come from the local history.</source>
        <translation>Hub 搜索失败：%1 建议来自本地历史记录。</translation>
    </message>
    <message>
        <source>No matches for “%1” on the Hub.</source>
        <translation>Hub 上没有与“%1”匹配的结果。</translation>
    </message>
    <message>
        <source>None there matches “%1”.</source>
        <translation>其中没有与“%1”匹配的项。</translation>
    </message>
</context>
<context>
    <name>hubwatch::WholeHubCard</name>
    <message>
        <source>Whole Hub</source>
        <translation>整个 Hub</translation>
    </message>
    <message>
        <source>Whole Hub all-time downloads</source>
        <translation>整个 Hub 的累计下载量</translation>
    </message>
    <message>
        <source>Reading the censuses…</source>
        <translation>正在读取普查…</translation>
    </message>
    <message>
        <source>Progress of the census under way</source>
        <translation>进行中普查的进度</translation>
    </message>
    <message>
        <source>Open the chart</source>
        <translation>打开图表</translation>
    </message>
    <message>
        <source>%1 downloads of every public model and dataset</source>
        <translation>所有公开模型和数据集的 %1 次下载</translation>
    </message>
    <message>
        <source>%1%2 per day</source>
        <translation>每天 %1%2</translation>
    </message>
    <message>
        <source>growth known after the next census</source>
        <translation>下次普查后可知增长</translation>
    </message>
    <message>
        <source>%1
census %2 UTC · %3 repos
30-day downloads %4
public repositories only</source>
        <translation>%1
普查 %2 UTC · %3 个仓库
30 天下载量 %4
仅公开仓库</translation>
    </message>
    <message>
        <source>%1 models, %2 datasets and %3 spaces (spaces have no download counts)</source>
        <translation>%1 个模型、%2 个数据集和 %3 个 Space（Space 没有下载数）</translation>
    </message>
    <message>
        <source>A census stopped unfinished after %1 repos; it is not counted.</source>
        <translation>一次普查在 %1 个仓库后中止；不计入。</translation>
    </message>
    <message>
        <source>A later census stopped at %1 of the repos; it is not counted.</source>
        <translation>之后的一次普查在 %1 的仓库处中止；不计入。</translation>
    </message>
    <message>
        <source>The first census of the whole Hub is under way; its figures appear here when it completes.</source>
        <translation>整个 Hub 的首次普查正在进行；完成后数据会显示在这里。</translation>
    </message>
    <message>
        <source>No census of the whole Hub yet. Run “hubwatch census”, or let the collector take its daily census.</source>
        <translation>尚无整个 Hub 的普查。运行“hubwatch census”，或让采集器进行每日普查。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Census under way: %1 repos, %2, about %3</source>
        <translation>普查进行中：%1 个仓库，%2，约 %3</translation>
    </message>
    <message>
        <source>Census under way: %1 repos, %2, %3 of %4 kinds done</source>
        <translation>普查进行中：%1 个仓库，%2，%4 类中已完成 %3 类</translation>
    </message>
</context>
<context>
    <name>hubwatch::WindowPage</name>
    <message>
        <source> points</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <source>A category is hot when its share of the top-50 velocity grew by at least this many percentage points in a week.</source>
        <translation>当某类别在前 50 名速度中的占比一周内至少增长这么多个百分点时，即视为热门。</translation>
    </message>
    <message>
        <source>Show desktop notifications</source>
        <translation>显示桌面通知</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>启动时最小化到托盘</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>A new language takes effect after restarting HubWatch.</source>
        <translation>更改的语言将在重新启动 HubWatch 后生效。</translation>
    </message>
    <message>
        <source>Hot category at:</source>
        <translation>热门类别阈值：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>This run uses the language given with --lang (%1). The choice here applies when HubWatch starts without --lang.</source>
        <translation>本次运行使用 --lang 指定的语言（%1）。此处的选择在 HubWatch 不带 --lang 启动时生效。</translation>
    </message>
    <message>
        <source>Between %1 and %2 points.</source>
        <translation>须在 %1 到 %2 个百分点之间。</translation>
    </message>
</context>
</TS>
