{{%AUTOESCAPE context="HTML"}}
{{! Import of a 双公示 file. HAS_ERRORS; ROW_ERRORS (MSG); DONE (IMPORTED PUBLISHED EXPIRED NOT_PUBLIC BY_KIND (KIND COUNT)
    IGNORED (COLUMNS)); COLUMNS (KIND HEADERS); CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/enforcement">行政执法公示</a> / <span aria-current="page">批量导入</span></nav>
<header class="page-header"><h1>导入执法决定</h1></header>
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>文件有误，没有导入任何一行。请改正以下问题后重新上传：</p><ul>{{#ROW_ERRORS}}<li>{{MSG}}</li>{{/ROW_ERRORS}}</ul></div>{{/HAS_ERRORS}}
{{#DONE}}<div class="alert alert-success" role="status"><p>已导入 {{IMPORTED}} 条（{{#BY_KIND}}{{KIND}} {{COUNT}} 条{{#BY_KIND_separator}}，{{/BY_KIND_separator}}{{/BY_KIND}}）：{{PUBLISHED}} 条正在公示，{{EXPIRED}} 条公示期已满（仅存档），{{NOT_PUBLIC}} 条仅警告不予公示。</p>
{{#IGNORED}}<p>以下列未识别，已忽略：{{COLUMNS}}</p>{{/IGNORED}}
<p><a href="/console/enforcement">查看执法决定</a></p></div>{{/DONE}}
<form class="form card" method="post" action="/console/enforcement/import" enctype="multipart/form-data" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="enf-file">数据文件</label>
<p class="field-hint" id="enf-file-hint">CSV（UTF-8）、XLSX 或 JSONL，第一行为表头，列名与“信用中国”双公示数据标准一致。行政相对人为自然人时，其姓名、证件号码等个人信息在公示时自动脱敏。所有行都正确才导入，有任何一行错误则整个文件不导入。</p>
<input id="enf-file" name="file" type="file" accept=".csv,.xlsx,.jsonl,.ndjson" aria-describedby="enf-file-hint"></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">导入并公示</button></div>
</form>
<section class="card" aria-labelledby="cols-title">
<h2 class="card-title" id="cols-title">可识别的列</h2>
<dl class="pairs">{{#COLUMNS}}<dt>{{KIND}}</dt><dd>{{HEADERS}}</dd>{{/COLUMNS}}</dl>
<p class="field-hint">所属机构按“处罚机关统一社会信用代码”（或“许可机关……”）确定，也可按机关名称；文件中混有多类决定时，加一列“决定类别”（行政处罚、行政许可或行政强制）。“公示日期”可选：从其他系统迁移的记录保留原公示日期，公示期从该日起算；不填则为今天。</p>
</section>
