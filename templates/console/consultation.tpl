{{%AUTOESCAPE context="HTML"}}
{{! A consultation in the console: FillConsultation (full); FillDecisions; PENDING HIDDEN; CAN_<ACTION> (edit publish withdraw
    moderate decide report); MAX_FILES; REPORT_WAITS; IN_REPORT_MD IN_REASON; HAS_ERRORS ERRORS ERR_*; CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/consultations">意见征集</a> / <span aria-current="page">{{TITLE}}</span></nav>
<header class="page-header"><h1>{{TITLE}}</h1>
<p><span class="badge consult-state-{{STATE_CODE}}">{{STATE}}</span>{{#IS_PUBLISHED}} <span class="badge consult-{{PHASE_CODE}}">{{PHASE}}</span> · <a href="/consultations/{{ID}}">查看公开页面</a>{{/IS_PUBLISHED}}{{#CAN_EDIT}} · <a href="/console/consultations/{{ID}}/edit">修改</a>{{/CAN_EDIT}}</p></header>
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未完成，请处理以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
{{#WITHDRAWN}}<div class="alert alert-info" role="status"><p>已于 {{AT}} 撤回。原因：{{REASON}}</p></div>{{/WITHDRAWN}}
<div class="case-layout">
<div>
<section class="card" aria-labelledby="info-title">
<h2 class="card-title" id="info-title">基本信息</h2>
<dl class="pairs">
<dt>机构</dt><dd>{{AGENCY}}</dd>
<dt>征集期</dt><dd>{{OPENS_ON}} 至 {{CLOSES_ON}}（{{PERIOD_DAYS}} 日）</dd>
{{#SHORT}}<dt>不足 30 日的理由</dt><dd>{{REASON}}</dd>{{/SHORT}}
<dt>发表意见</dt><dd>{{IDENTITY}}</dd><dt>意见公开方式</dt><dd>{{MODERATION}}</dd>
<dt>条款数</dt><dd>{{ARTICLES}}</dd>
{{#HAS_HOW_TO}}<dt>其他反馈方式</dt><dd class="prewrap">{{HOW_TO}}</dd>{{/HAS_HOW_TO}}
{{#IS_PUBLISHED}}<dt>发布日期</dt><dd>{{PUBLISHED_ON}}</dd>{{/IS_PUBLISHED}}
</dl>
</section>
<section class="card" aria-labelledby="comments-title">
<h2 class="card-title" id="comments-title">意见</h2>
<div class="grid grid-3 app-counts">
<p><a href="/console/consultations/{{ID}}/comments?view=moderate&amp;state=pending"><span class="stat" id="consult-pending">{{PENDING}}</span> 待审核</a></p>
<p><a href="/console/consultations/{{ID}}/comments?view=moderate&amp;state=published"><span class="stat">{{PUBLISHED_COMMENTS}}</span> 已公开</a></p>
<p><a href="/console/consultations/{{ID}}/comments?view=decide&amp;decision=none"><span class="stat" id="consult-undecided">{{UNDECIDED}}</span> 未处理</a></p>
</div>
<p>共 {{ALL_COMMENTS}} 条（不予公开 {{HIDDEN}} 条）。导出全部意见及处理情况：<a href="/console/consultations/{{ID}}/export">CSV</a> · <a href="/console/consultations/{{ID}}/export?format=xlsx">XLSX</a></p>
</section>
<section class="card" aria-labelledby="adopt-title">
<h2 class="card-title" id="adopt-title">处理结果统计</h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="各处理结果的意见条数">
<table class="table"><thead><tr>{{#COUNTS}}<th scope="col" class="num">{{LABEL}}</th>{{/COUNTS}}<th scope="col" class="num">未处理</th></tr></thead>
<tbody><tr>{{#COUNTS}}<td class="num">{{N}}</td>{{/COUNTS}}<td class="num">{{UNDECIDED}}</td></tr></tbody></table></div>
{{#HAS_REASONS}}<h3>部分采纳、未采纳的理由</h3><ul>{{#REASONS}}<li><strong>{{DECISION}}</strong>（{{N}} 条）：{{TEXT}}</li>{{/REASONS}}</ul>{{/HAS_REASONS}}
</section>
<section class="card" aria-labelledby="files-title">
<h2 class="card-title" id="files-title">附件</h2>
{{#HAS_FILES}}<ul class="file-list">{{#FILES}}<li><a href="{{URL}}">{{NAME}}</a> <span class="muted">{{SIZE}}</span>{{#FILE_OPS}}
<form class="inline-form" method="post" action="/console/consultations/{{ID}}/files/{{FID}}/delete"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><button type="submit" class="btn btn-small btn-secondary">删除<span class="sr-only">附件“{{NAME}}”</span></button></form>{{/FILE_OPS}}</li>{{/FILES}}</ul>{{/HAS_FILES}}
{{#NO_FILES}}<p class="muted">暂无附件。</p>{{/NO_FILES}}
{{#CAN_EDIT}}<form class="form" method="post" action="/console/consultations/{{ID}}/files" enctype="multipart/form-data" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_FILE}} has-error{{/ERR_FILE}}"><label for="cs-file">上传附件</label>
<p class="field-hint" id="cs-file-hint">征求意见稿文本、起草说明或附表：PDF、OFD、DOC/DOCX、XLS/XLSX、WPS/ET、JPG/PNG 或 ZIP，每个意见征集最多 {{MAX_FILES}} 个。发布后不能再增删。</p>
{{#ERR_FILE}}<p class="field-error" id="cs-file-err">{{MSG}}</p>{{/ERR_FILE}}
<input id="cs-file" name="file" type="file" aria-describedby="cs-file-hint{{#ERR_FILE}} cs-file-err{{/ERR_FILE}}"></div>
<div class="form-actions"><button type="submit" class="btn btn-secondary">上传</button></div>
</form>{{/CAN_EDIT}}
</section>
<section class="card" aria-labelledby="draft-title">
<h2 class="card-title" id="draft-title">征求意见稿</h2>
<div class="article-body">{{DRAFT_HTML:none}}</div>
<h3>起草说明</h3>
<div class="article-body">{{EXPLANATION_HTML:none}}</div>
</section>
</div>
<aside>
{{#CAN_PUBLISH}}<section class="card action" aria-labelledby="pub-title">
<h2 class="card-title" id="pub-title">发布</h2>
<p>发布后在“意见征集”栏目公开，{{OPENS_ON}} 自动开始接收意见，{{CLOSES_ON}} 结束后自动停止。</p>
<form method="post" action="/console/consultations/{{ID}}/publish"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<button type="submit" class="btn btn-primary">发布</button></form></section>{{/CAN_PUBLISH}}
{{#CAN_REPORT}}<section class="card action" aria-labelledby="rep-title">
<h2 class="card-title" id="rep-title">{{#REPORT}}更正{{/REPORT}}公布采纳情况</h2>
<form class="form" method="post" action="/console/consultations/{{ID}}/report" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_REPORT_MD}} has-error{{/ERR_REPORT_MD}}"><label for="rep-md">主要修改情况</label>
<p class="field-hint" id="rep-hint">根据意见对草案作了哪些修改。处理结果统计和未采纳的理由自动附上。公布后在征集页面公开，并生成一条公开目录信息草稿，经审核后发布。</p>
{{#ERR_REPORT_MD}}<p class="field-error">{{MSG}}</p>{{/ERR_REPORT_MD}}
<textarea id="rep-md" name="report_md" rows="8" aria-describedby="rep-hint">{{IN_REPORT_MD:pre_escape}}</textarea></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">公布采纳情况</button></div>
</form></section>{{/CAN_REPORT}}
{{#REPORT_WAITS}}<section class="card action" aria-labelledby="wait-title">
<h2 class="card-title" id="wait-title">公布采纳情况</h2>
<p>还有 {{UNDECIDED}} 条意见未处理。<a href="/console/consultations/{{ID}}/comments?view=decide">逐条处理</a>后即可公布。</p></section>{{/REPORT_WAITS}}
{{#CAN_WITHDRAW}}<section class="card action" aria-labelledby="wd-title">
<h2 class="card-title" id="wd-title">撤回</h2>
<form class="form" method="post" action="/console/consultations/{{ID}}/withdraw" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_REASON}} has-error{{/ERR_REASON}}"><label for="wd-reason">撤回原因</label>
<p class="field-hint" id="wd-hint">将在原网址向公众说明。</p>
{{#ERR_REASON}}<p class="field-error">{{MSG}}</p>{{/ERR_REASON}}
<textarea id="wd-reason" name="reason" rows="2" maxlength="500" aria-describedby="wd-hint">{{IN_REASON}}</textarea></div>
<div class="form-actions"><button type="submit" class="btn btn-danger">撤回</button></div>
</form></section>{{/CAN_WITHDRAW}}
</aside>
</div>
