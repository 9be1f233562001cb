/// The report's stylesheet and script, inlined into every report.
enum ReportStyle {
    static let css = """
    :root{--paper:#fbfaf7;--card:#ffffff;--ink:#22252b;--soft:#5f6570;--faint:#8b919b;--rule:#e7e4dd;--accent:#3d6b8f;--warn:#b4532a;--fill:#9db7cc;
    --sans:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;--serif:Charter,"Bitstream Charter","Iowan Old Style",Georgia,"Times New Roman",serif;--mono:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace}
    *{box-sizing:border-box}
    html{background:var(--paper);color:var(--ink);font:15px/1.5 var(--sans);-webkit-text-size-adjust:100%}
    body{margin:0}
    main{max-width:1120px;margin:0 auto;padding:40px 28px 64px}
    header .kicker{margin:0;color:var(--accent);font-weight:600;letter-spacing:.08em;text-transform:uppercase;font-size:12px}
    h1{font:600 34px/1.15 var(--serif);margin:6px 0 14px;letter-spacing:-.01em;overflow-wrap:anywhere}
    h2{font:600 22px/1.2 var(--serif);margin:0 0 4px}
    h3{font-size:14px;font-weight:600;margin:0 0 10px;display:flex;gap:8px;align-items:center;flex-wrap:wrap}
    h3.group{margin:28px 0 12px;color:var(--soft);text-transform:uppercase;letter-spacing:.06em;font-size:12px}
    h4{margin:0;font-size:15px;overflow-wrap:anywhere}
    section{margin-top:40px}
    .lead{margin:0 0 16px;color:var(--soft)}
    .muted{color:var(--faint);font-weight:400}
    .note{color:var(--faint);font-size:12.5px;margin:8px 0 0}
    code{font:12.5px var(--mono);overflow-wrap:anywhere}
    dl.paths{display:flex;flex-wrap:wrap;gap:6px 28px;margin:0;color:var(--soft);font-size:13px}
    dl.paths div{display:flex;gap:8px;min-width:0}
    dl.paths dt{color:var(--faint)}
    dl.paths dd{margin:0;min-width:0}
    .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:12px}
    .card{background:var(--card);border:1px solid var(--rule);border-radius:10px;padding:14px 16px}
    .card .value{font:600 24px/1.1 var(--serif);font-variant-numeric:tabular-nums}
    .card .label{color:var(--soft);font-size:12.5px;margin-top:4px}
    .card .note{margin-top:2px}
    .card.warn .value{color:var(--warn)}
    .callout{background:#fdf3e7;border:1px solid #f0d9bb;color:#7a4a17;border-radius:8px;padding:10px 14px;margin:14px 0 0}
    .scroll{overflow-x:auto;background:var(--card);border:1px solid var(--rule);border-radius:10px}
    table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
    th{font-size:12px;font-weight:600;color:var(--faint);text-align:left;text-transform:uppercase;letter-spacing:.05em;padding:10px 12px;border-bottom:1px solid var(--rule)}
    td{padding:8px 12px;border-bottom:1px solid var(--rule);vertical-align:middle}
    tr:last-child td{border-bottom:0}
    .num{text-align:right;white-space:nowrap}
    td.warn{color:var(--warn);font-weight:600}
    .wide{width:40%;min-width:160px}
    .barcell{display:flex;align-items:center;gap:10px}
    .pct{width:48px;text-align:right;color:var(--soft);font-size:13px}
    .track{flex:1;display:inline-block;height:10px;background:#f1efea;border-radius:5px;overflow:hidden;min-width:40px}
    .fill{display:block;height:100%;background:var(--fill);border-radius:5px}
    .fill[class*=" e-"],.fill[class*=" n-"]{background:var(--fg);opacity:.5}
    .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:14px}
    .panel{background:var(--card);border:1px solid var(--rule);border-radius:10px;padding:16px 18px;min-width:0}
    .chart{margin-top:14px}
    .chart svg{width:100%;height:auto;display:block}
    .chart rect{fill:#c9a227;opacity:.75}
    .chart rect:hover{opacity:1}
    .chart .grid{stroke:var(--rule);stroke-width:1}
    .chart .axis{font:11px var(--sans);fill:var(--faint)}
    ol.top{list-style:none;margin:0;padding:0}
    ol.top li{display:grid;grid-template-columns:minmax(0,1.3fr) minmax(50px,1fr) auto;gap:10px;align-items:center;padding:3px 0;font-size:13.5px}
    ol.top .name{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
    ol.top .count{text-align:right;color:var(--soft);font-variant-numeric:tabular-nums;min-width:44px}
    ol.top small{color:var(--faint)}
    table.money td,table.money th{padding:6px 4px}
    .chip{display:inline-block;background:var(--bg,#eee);color:var(--fg,var(--ink));border-radius:999px;padding:1px 10px;font-size:12px;font-weight:600;border:1px solid transparent;font-family:var(--sans)}
    .legend{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:4px 0 8px;position:sticky;top:0;background:var(--paper);padding:10px 0;z-index:2;border-bottom:1px solid var(--rule)}
    .legend button{cursor:pointer;font:inherit;font-size:12px;font-weight:600;color:var(--ink)}
    .legend button.off{background:transparent;border-color:var(--rule);color:var(--faint)}
    .legend .hint{font-size:12px;margin-left:auto}
    .sumchip{background:transparent;border:0;text-decoration:underline 2px #c9a227;text-underline-offset:4px;font-weight:500}
    article.doc{background:var(--card);border:1px solid var(--rule);border-radius:12px;padding:20px 26px 24px;margin:0 0 16px}
    article.doc header{display:flex;flex-wrap:wrap;justify-content:space-between;gap:4px 16px;align-items:baseline;border-bottom:1px solid var(--rule);padding-bottom:10px;margin-bottom:14px}
    .meta{margin:0;color:var(--faint);font-size:12.5px}
    .text{font:17px/1.85 var(--serif);white-space:pre-wrap;overflow-wrap:anywhere;max-width:72ch}
    .sum{text-decoration:underline 2px #c9a227;text-underline-offset:5px;text-decoration-skip-ink:none;background:linear-gradient(transparent 62%,#fbf3d9 62%)}
    mark.m{position:relative;background:var(--bg);color:inherit;border-radius:5px;padding:.08em .3em;box-decoration-break:clone;-webkit-box-decoration-break:clone}
    mark.m .lb{font:700 9.5px/1 var(--sans);color:var(--fg);letter-spacing:.05em;text-transform:uppercase;margin-left:.4em;vertical-align:.15em}
    mark.m:hover::after{content:attr(data-tip);position:absolute;left:0;bottom:calc(100% + 6px);background:#22252b;color:#fff;font:500 12px/1.3 var(--sans);padding:5px 8px;border-radius:6px;white-space:nowrap;z-index:3;pointer-events:none}
    table.rejects .reason{overflow-wrap:anywhere;max-width:420px}
    table.rejects .ids code{display:inline-block;background:#f4f2ee;border-radius:4px;padding:0 5px;margin:1px 0}
    footer{margin-top:48px;color:var(--faint);font-size:12.5px;border-top:1px solid var(--rule);padding-top:14px}
    @media (max-width:640px){main{padding:24px 14px 40px}h1{font-size:26px}.text{font-size:16px}article.doc{padding:16px}.legend .hint{display:none}.wide{min-width:110px}}
    @media print{.legend{position:static}.legend .hint{display:none}}
    """

    /// Legend buttons toggle their label's highlights; `data-ready` tells a
    /// headless check that the script ran to its end.
    static let script = """
    document.querySelectorAll('[data-toggle]').forEach(function (b) {
      b.addEventListener('click', function () {
        var off = document.body.classList.toggle('hide-' + b.getAttribute('data-toggle'));
        b.classList.toggle('off', off);
        b.setAttribute('aria-pressed', off ? 'false' : 'true');
      });
    });
    document.documentElement.setAttribute('data-ready', document.querySelectorAll('mark.m').length);
    """
}
