{{%AUTOESCAPE context="HTML"}}
{{! One annual report: TITLE YEAR URL AGENCY CHART_URL; BLOCKING WARNINGS (MSG); PUBLISHABLE; ITEM (STATE URL);
    OVERVIEW OVERVIEW_DRAFTED PROBLEMS OTHER_MATTERS LAST_PROBLEMS (TEXT) FEES ENFORCEMENT_ENTERED LICENSING PENALTY COERCION
    ENFORCEMENT_NOTE; PREVIEW_HTML (reports::ReportBodyHtml); ERR_*; HAS_ERRORS ERRORS; CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/reports?year={{YEAR}}">年度报告</a> / <span aria-current="page">{{AGENCY}} {{YEAR}} 年度</span></nav>
<header class="page-header"><h1>{{TITLE}}</h1></header>
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未完成，请修改以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<section class="card" aria-labelledby="rp-checks">
<h2 class="card-title" id="rp-checks">核对</h2>
{{#BLOCKING}}<p class="alert alert-error report-blocking">{{MSG}}</p>{{/BLOCKING}}
{{#PUBLISHABLE}}<p class="alert alert-success" id="rp-balanced">表三平衡：每一列“一 + 二 = 三（七） + 四”。</p>{{/PUBLISHABLE}}
{{#WARNINGS}}<p class="alert alert-info report-warning">{{MSG}}</p>{{/WARNINGS}}
{{#ITEM}}<p>信息草稿：<a href="{{URL}}">{{STATE}}</a></p>{{/ITEM}}
<div class="form-actions">
<form method="post" action="{{URL}}/draft" class="inline-form"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><button type="submit" class="btn btn-primary">按最新记录生成信息草稿并提交审核</button></form>
<a class="btn btn-secondary" href="{{URL}}?format=xlsx">下载 XLSX</a>
<a class="btn btn-secondary" href="{{URL}}?format=html">打印版（HTML，可另存为 PDF）</a>
<a class="btn btn-secondary" href="{{URL}}?format=json">下载 JSON</a>
</div>
<div class="form-actions">
<form method="post" action="{{URL}}/interpretation" class="inline-form"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><button type="submit" class="btn btn-secondary">据已生成的报告草稿生成文字解读</button></form>
</div>
<p class="muted">报告发布后，其<a href="{{CHART_URL}}">一图读懂</a>（各项主要数据的图表及数据表）随之在网站公开，并在报告正文末尾链接。</p>
</section>
<form class="form form-wide card" method="post" action="{{URL}}" novalidate aria-labelledby="rp-entries">
<h2 class="card-title" id="rp-entries">填写内容</h2>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_OVERVIEW}} has-error{{/ERR_OVERVIEW}}"><label for="rp-overview">一、总体情况</label>
{{#OVERVIEW_DRAFTED}}<p class="field-hint" id="rp-overview-hint">以下为根据本年度记录生成的初稿，请修改完善后保存。</p>{{/OVERVIEW_DRAFTED}}
{{#ERR_OVERVIEW}}<p class="field-error">{{MSG}}</p>{{/ERR_OVERVIEW}}
<textarea id="rp-overview" name="overview" rows="8">{{OVERVIEW}}</textarea></div>
<div class="field{{#ERR_PROBLEMS}} has-error{{/ERR_PROBLEMS}}"><label for="rp-problems">五、存在的主要问题及改进情况</label>
{{#LAST_PROBLEMS}}<details class="field-hint"><summary>上一年度报告所列问题（请逐项报告改进情况）</summary><p class="prewrap">{{TEXT}}</p></details>{{/LAST_PROBLEMS}}
{{#ERR_PROBLEMS}}<p class="field-error">{{MSG}}</p>{{/ERR_PROBLEMS}}
<textarea id="rp-problems" name="problems" rows="6">{{PROBLEMS}}</textarea></div>
<div class="field{{#ERR_OTHER_MATTERS}} has-error{{/ERR_OTHER_MATTERS}}"><label for="rp-other">六、其他需要报告的事项</label>
{{#ERR_OTHER_MATTERS}}<p class="field-error">{{MSG}}</p>{{/ERR_OTHER_MATTERS}}
<textarea id="rp-other" name="other_matters" rows="4">{{OTHER_MATTERS}}</textarea></div>
<div class="field{{#ERR_FEES}} has-error{{/ERR_FEES}}"><label for="rp-fees">行政事业性收费 本年收费金额（万元）</label>
{{#ERR_FEES}}<p class="field-error" id="rp-fees-err">{{MSG}}</p>{{/ERR_FEES}}
<input id="rp-fees" name="fees" type="text" inputmode="decimal" value="{{FEES}}" placeholder="0"{{#ERR_FEES}} aria-invalid="true" aria-describedby="rp-fees-err"{{/ERR_FEES}}></div>
<fieldset class="field">
<legend>行政许可、行政处罚、行政强制决定数量</legend>
<p class="field-hint">默认按本平台“行政执法公示”中本年作出的决定统计；执法数据在其他系统的，勾选后手工填写并说明来源。</p>
<div class="field-check"><input type="checkbox" id="rp-entered" name="enforcement_entered" value="1"{{#ENFORCEMENT_ENTERED}} checked{{/ENFORCEMENT_ENTERED}}><label for="rp-entered">手工填写执法决定数量</label></div>
<div class="grid grid-3">
<div class="field{{#ERR_LICENSING}} has-error{{/ERR_LICENSING}}"><label for="rp-licensing">行政许可</label>{{#ERR_LICENSING}}<p class="field-error">{{MSG}}</p>{{/ERR_LICENSING}}<input id="rp-licensing" name="licensing" type="text" inputmode="numeric" value="{{LICENSING}}"></div>
<div class="field{{#ERR_PENALTY}} has-error{{/ERR_PENALTY}}"><label for="rp-penalty">行政处罚</label>{{#ERR_PENALTY}}<p class="field-error">{{MSG}}</p>{{/ERR_PENALTY}}<input id="rp-penalty" name="penalty" type="text" inputmode="numeric" value="{{PENALTY}}"></div>
<div class="field{{#ERR_COERCION}} has-error{{/ERR_COERCION}}"><label for="rp-coercion">行政强制</label>{{#ERR_COERCION}}<p class="field-error">{{MSG}}</p>{{/ERR_COERCION}}<input id="rp-coercion" name="coercion" type="text" inputmode="numeric" value="{{COERCION}}"></div>
</div>
<div class="field{{#ERR_ENFORCEMENT_NOTE}} has-error{{/ERR_ENFORCEMENT_NOTE}}"><label for="rp-note">数据来源说明</label>
{{#ERR_ENFORCEMENT_NOTE}}<p class="field-error" id="rp-note-err">{{MSG}}</p>{{/ERR_ENFORCEMENT_NOTE}}
<input id="rp-note" name="enforcement_note" type="text" value="{{ENFORCEMENT_NOTE}}" placeholder="如：据市场监管综合执法业务系统统计"{{#ERR_ENFORCEMENT_NOTE}} aria-invalid="true" aria-describedby="rp-note-err"{{/ERR_ENFORCEMENT_NOTE}}></div>
</fieldset>
<div class="form-actions"><button type="submit" class="btn btn-primary">保存</button></div>
</form>
<section class="card report-preview" aria-labelledby="rp-preview">
<h2 class="card-title" id="rp-preview">预览</h2>
<div class="report-body">{{PREVIEW_HTML:none}}</div>
</section>
