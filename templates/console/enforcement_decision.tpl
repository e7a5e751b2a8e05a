{{%AUTOESCAPE context="HTML"}}
{{! A decision in the console. Row names of FillDecisionRow (ID KIND PARTY DOC_NO STATUS STATUS_CODE …);
    RECORD and PREVIEW: FillDecision (FIELDS (LABEL VALUE MULTILINE)); CLOCK PERIOD WITHDRAWN (FillClock);
    CAN_EDIT CAN_PUBLISH CAN_WITHDRAW; TODAY; HAS_ERRORS; ERRORS (FIELD MSG); ERR_*; CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/enforcement">行政执法公示</a> / <span aria-current="page">{{DOC_NO}}</span></nav>
<header class="page-header"><h1>{{KIND}}决定 {{DOC_NO}}</h1>
<p><span class="badge enf-{{STATUS_CODE}}">{{STATUS}}</span></p></header>
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未完成，请处理以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
{{#WITHDRAWN}}<div class="alert alert-info" role="status"><p>已于 {{AT}} 撤下。决定于 {{REVOKED_ON}} 被撤销或变更；原因：{{REASON}}</p>
<p>应于 {{WITHDRAW_DUE}} 前撤下{{#LATE}}，<strong>撤下晚于期限</strong>{{/LATE}}。</p></div>{{/WITHDRAWN}}
<section class="card" aria-labelledby="clock-title">
<h2 class="card-title" id="clock-title">公示时限</h2>
<dl class="pairs">{{#CLOCK}}
<dt>应公示期限</dt><dd>决定作出之日起 {{WITHIN}} 个工作日内，即 {{DUE_ON}} 前
{{#PENDING}}<span class="badge enf-draft">待公示</span>{{/PENDING}}{{#OVERDUE}}<span class="badge enf-overdue">已逾期</span>{{/OVERDUE}}{{#ON_TIME}}<span class="badge enf-published">按时公示</span>{{/ON_TIME}}{{#LATE}}<span class="badge enf-overdue">逾期公示</span>{{/LATE}}{{#NOT_PUBLISHABLE}}<span class="badge enf-not_public">仅警告，不予公示</span>{{/NOT_PUBLISHABLE}}</dd>{{/CLOCK}}
{{#PERIOD}}<dt>公示期</dt><dd>{{#SHORT}}3 个月（仅通报批评或较低数额罚款）{{/SHORT}}{{#LONG}}3 年{{/LONG}}，至 {{UNTIL}} 停止公示{{#ENDED}}（已届满，公众页面不再显示）{{/ENDED}}</dd>{{/PERIOD}}
</dl>
</section>
<div class="grid grid-2">
<section class="card" aria-labelledby="record-title">
<h2 class="card-title" id="record-title">决定信息（内部存档）</h2>
{{#RECORD}}<dl class="pairs">{{#FIELDS}}<dt>{{LABEL}}</dt><dd{{#MULTILINE}} class="prewrap"{{/MULTILINE}}>{{VALUE}}</dd>{{/FIELDS}}</dl>{{/RECORD}}
{{#CAN_EDIT}}<p><a class="btn btn-secondary" href="/console/enforcement/{{ID}}/edit">修改</a></p>{{/CAN_EDIT}}
</section>
<section class="card preview" aria-labelledby="preview-title">
<h2 class="card-title" id="preview-title">公示效果预览（脱敏后）</h2>
<p class="field-hint">公众页面、搜索、订阅和数据接口只会看到这一版本。</p>
{{#PREVIEW}}<dl class="pairs">{{#FIELDS}}<dt>{{LABEL}}</dt><dd{{#MULTILINE}} class="prewrap"{{/MULTILINE}}>{{VALUE}}</dd>{{/FIELDS}}</dl>{{/PREVIEW}}
</section>
</div>
{{#CAN_PUBLISH}}<section class="card action" aria-labelledby="publish-title">
<h2 class="card-title" id="publish-title">公示</h2>
<p>公示后立即在网站“行政执法公示”栏目、搜索、订阅和数据接口中公开（以右侧脱敏版本），公示期满自动停止公示。</p>
<form method="post" action="/console/enforcement/{{ID}}/publish"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<button type="submit" class="btn btn-primary">确认脱敏结果并公示</button></form>
</section>{{/CAN_PUBLISH}}
{{#CAN_WITHDRAW}}<section class="card action" aria-labelledby="withdraw-title">
<h2 class="card-title" id="withdraw-title">撤下</h2>
<p>决定被撤销、变更或确认违法的，应在 {{WITHDRAW_DAYS}} 个工作日内撤下（总局令第45号）。撤下后原网址显示“已撤下”，不再显示内容。</p>
<form class="form" method="post" action="/console/enforcement/{{ID}}/withdraw" novalidate><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="grid">
<div class="field{{#ERR_REVOKED_ON}} has-error{{/ERR_REVOKED_ON}}"><label for="enf-revoked_on">决定被撤销或变更的日期</label>
{{#ERR_REVOKED_ON}}<p class="field-error">{{MSG}}</p>{{/ERR_REVOKED_ON}}
<input id="enf-revoked_on" name="revoked_on" type="date" max="{{TODAY}}"></div>
<div class="field{{#ERR_REASON}} has-error{{/ERR_REASON}}"><label for="enf-reason">原因</label>
{{#ERR_REASON}}<p class="field-error">{{MSG}}</p>{{/ERR_REASON}}
<input id="enf-reason" name="reason" type="text" maxlength="200"></div>
</div>
<div class="form-actions"><button type="submit" class="btn btn-danger">撤下</button></div>
</form>
</section>{{/CAN_WITHDRAW}}
