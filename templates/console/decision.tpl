{{%AUTOESCAPE context="HTML"}}
{{! A major decision in the console: FillDecision; CAN_EDIT CAN_PUBLISH CAN_WITHDRAW; IN_REASON; HAS_ERRORS ERRORS ERR_*; CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/decisions?year={{YEAR}}">重大行政决策</a> / <span aria-current="page">{{TITLE}}</span></nav>
<header class="page-header"><h1>{{TITLE}}</h1>
<p><span class="badge consult-state-{{STATE_CODE}}">{{STATE}}</span> {{PROGRESS}}{{#CAN_EDIT}} · <a href="/console/decisions/{{ID}}/edit">修改（登记各环节进展）</a>{{/CAN_EDIT}}</p></header>
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未完成，请处理以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
{{#WITHDRAWN}}<div class="alert alert-info" role="status"><p>已撤回。原因：{{REASON}}</p></div>{{/WITHDRAWN}}
<div class="case-layout">
<div>
<section class="card" aria-labelledby="info-title">
<h2 class="card-title" id="info-title">事项</h2>
<dl class="pairs">
<dt>机构</dt><dd>{{AGENCY}}</dd><dt>年度</dt><dd>{{YEAR}}</dd><dt>承办单位</dt><dd>{{OWNER}}</dd>
{{#HAS_SUMMARY}}<dt>事项简介</dt><dd class="prewrap">{{SUMMARY}}</dd>{{/HAS_SUMMARY}}
{{#CONSULTATION}}<dt>意见征集</dt><dd><a href="/console/consultations/{{ID}}">{{TITLE}}</a></dd>{{/CONSULTATION}}
{{#RESULT}}<dt>决策文件</dt><dd><a href="/items/{{INDEX_NO}}">{{TITLE}}</a></dd>{{/RESULT}}
</dl>
</section>
<section class="card" aria-labelledby="st-title">
<h2 class="card-title" id="st-title">决策环节</h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="各环节时间">
<table class="table"><thead><tr><th scope="col">环节</th><th scope="col">计划时间</th><th scope="col">完成时间</th></tr></thead>
<tbody>{{#STAGES}}<tr><th scope="row">{{LABEL}}</th><td>{{PLANNED}}</td><td>{{DONE}}</td></tr>{{/STAGES}}</tbody></table></div>
</section>
</div>
<aside>
{{#CAN_PUBLISH}}<section class="card action" aria-labelledby="pub-title"><h2 class="card-title" id="pub-title">公开</h2>
<p>公开后列入“重大行政决策事项目录”，之后登记的进展随时公开。</p>
<form method="post" action="/console/decisions/{{ID}}/publish"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><button type="submit" class="btn btn-primary">公开</button></form></section>{{/CAN_PUBLISH}}
{{#CAN_WITHDRAW}}<section class="card action" aria-labelledby="wd-title"><h2 class="card-title" id="wd-title">撤回</h2>
<form class="form" method="post" action="/console/decisions/{{ID}}/withdraw" novalidate><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_REASON}} has-error{{/ERR_REASON}}"><label for="wd-reason">撤回原因</label>
{{#ERR_REASON}}<p class="field-error">{{MSG}}</p>{{/ERR_REASON}}
<textarea id="wd-reason" name="reason" rows="2" maxlength="500">{{IN_REASON}}</textarea></div>
<div class="form-actions"><button type="submit" class="btn btn-danger">撤回</button></div></form></section>{{/CAN_WITHDRAW}}
</aside>
</div>
