{{%AUTOESCAPE context="HTML"}}
{{! A message in the console: FillMessage (staff); CAN_ASSIGN CAN_ANSWER CAN_PUBLISH CAN_WITHHOLD; DEPARTMENTS (VALUE LABEL
    SELECTED); IN_ANSWER IN_REASON; CONTENT_CHECK (web/content_check.h) and CONTENT_REASON while answered, not yet
    public; HAS_ERRORS ERRORS ERR_*; CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/messages">留言咨询</a> / <span aria-current="page">留言 {{ID}}</span></nav>
<header class="page-header"><h1>{{TITLE}}</h1>
<p><span class="badge message-{{STATE_CODE}}">{{STATE}}</span>{{#OVERDUE}} <span class="badge badge-error">已超过答复期限</span>{{/OVERDUE}}{{#NEAR_BREACH}} <span class="badge badge-error">超过 2 个月未答复</span>{{/NEAR_BREACH}}{{#PRIVATE}} <span class="badge badge-muted">留言人要求不公开</span>{{/PRIVATE}}</p></header>
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未完成，请处理以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<div class="case-layout">
<div>
<section class="card" aria-labelledby="m-info">
<h2 class="card-title" id="m-info">留言</h2>
<dl class="pairs">
<dt>编号</dt><dd>{{ID}}</dd><dt>机构</dt><dd>{{AGENCY}}</dd><dt>类别</dt><dd>{{CATEGORY}}</dd>
<dt>留言人</dt><dd>{{ASKER}}</dd><dt>联系方式</dt><dd>{{CONTACT}}</dd>
<dt>留言日期</dt><dd>{{RECEIVED_ON}}</dd><dt>答复期限</dt><dd>{{DUE_ON}}</dd>
{{#HAS_DEPARTMENT}}<dt>承办处室</dt><dd>{{DEPARTMENT}}</dd>{{/HAS_DEPARTMENT}}
<dt>留言内容</dt><dd class="prewrap">{{BODY}}</dd>
{{#ANSWERED}}<dt>答复（{{ON}}）</dt><dd class="prewrap">{{ANSWER}}</dd>{{/ANSWERED}}
{{#WITHHELD}}<dt>不予公开的理由</dt><dd>{{REASON}}</dd>{{/WITHHELD}}
<dt>公众评价</dt><dd>满意 {{SATISFIED}}，基本满意 {{BASICALLY}}，不满意 {{UNSATISFIED}}</dd>
</dl>
</section>
{{#CONTENT_CHECK}}<section class="card content-check" aria-labelledby="cc-title">
<h2 class="card-title" id="cc-title">发布前内容检查</h2>
<p class="muted">公开前检查标题、隐去个人信息后的留言内容和答复内容。</p>
{{#CLEAN}}<p class="alert alert-success">未发现个人信息、涉密标识、错误表述或常见差错。</p>{{/CLEAN}}
{{#FINDINGS}}<div class="cc-finding{{#BLOCKING}} cc-blocking{{/BLOCKING}}">
<p><span class="badge {{BADGE}}">{{KIND}}</span> {{FIELD}}：{{MESSAGE}}</p>
<p class="cc-context"><code>{{CONTEXT}}</code>{{#HAS_SUGGESTION}} → 建议：<code>{{SUGGESTION}}</code>{{/HAS_SUGGESTION}}</p>
{{#FIX}}<form method="post" action="/console/messages/{{ID}}/content-fix" class="inline-form"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><input type="hidden" name="field" value="{{FIELD_CODE}}"><input type="hidden" name="start" value="{{START}}"><input type="hidden" name="end" value="{{END}}"><input type="hidden" name="text" value="{{TEXT}}"><button type="submit" class="btn btn-secondary btn-small">一键替换“{{TEXT}}”</button></form>{{/FIX}}
</div>{{/FINDINGS}}
</section>{{/CONTENT_CHECK}}
</div>
<aside>
{{#CAN_ASSIGN}}<section class="card action" aria-labelledby="as-title">
<h2 class="card-title" id="as-title">分办</h2>
<form class="form" method="post" action="/console/messages/{{ID}}/assign" novalidate><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_DEPARTMENT_ID}} has-error{{/ERR_DEPARTMENT_ID}}"><label for="as-dept">承办处室</label>
{{#ERR_DEPARTMENT_ID}}<p class="field-error">{{MSG}}</p>{{/ERR_DEPARTMENT_ID}}
<select id="as-dept" name="department_id"><option value="">请选择</option>{{#DEPARTMENTS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/DEPARTMENTS}}</select></div>
<div class="form-actions"><button type="submit" class="btn btn-secondary">分办</button></div></form></section>{{/CAN_ASSIGN}}
{{#CAN_ANSWER}}<section class="card action" aria-labelledby="an-title">
<h2 class="card-title" id="an-title">答复</h2>
<form class="form" method="post" action="/console/messages/{{ID}}/answer" novalidate><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_ANSWER}} has-error{{/ERR_ANSWER}}"><label for="an-text">答复内容</label>
<p class="field-hint" id="an-hint">公开后与留言一并在网站显示；公开前可以修改。</p>
{{#ERR_ANSWER}}<p class="field-error">{{MSG}}</p>{{/ERR_ANSWER}}
<textarea id="an-text" name="answer" rows="8" maxlength="5000" aria-describedby="an-hint">{{IN_ANSWER}}</textarea></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">保存答复</button></div></form></section>{{/CAN_ANSWER}}
{{#CAN_PUBLISH}}<section class="card action" aria-labelledby="pu-title">
<h2 class="card-title" id="pu-title">公开</h2>
<p>留言（个人信息已隐去）和答复将在“留言咨询”栏目公开。</p>
<form class="form" method="post" action="/console/messages/{{ID}}/publish" novalidate><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
{{#CONTENT_REASON}}<div class="field{{#ERR_CONTENT_REASON}} has-error{{/ERR_CONTENT_REASON}}">
<label for="pu-content">内容检查问题的处理理由（发现个人信息或涉密标识，确需公开时填写，留存审计）</label>
{{#ERR_CONTENT_REASON}}<p class="field-error" id="pu-content-err">{{MSG}}</p>{{/ERR_CONTENT_REASON}}
<input id="pu-content" name="content_reason" type="text" maxlength="500"{{#ERR_CONTENT_REASON}} aria-describedby="pu-content-err" aria-invalid="true"{{/ERR_CONTENT_REASON}}></div>{{/CONTENT_REASON}}
<div class="form-actions"><button type="submit" class="btn btn-primary">公开</button></div></form></section>{{/CAN_PUBLISH}}
{{#CAN_WITHHOLD}}<section class="card action" aria-labelledby="wh-title">
<h2 class="card-title" id="wh-title">不予公开</h2>
<form class="form" method="post" action="/console/messages/{{ID}}/withhold" novalidate><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_REASON}} has-error{{/ERR_REASON}}"><label for="wh-reason">理由</label>
<p class="field-hint" id="wh-hint">留言人凭查询码可以看到。</p>
{{#ERR_REASON}}<p class="field-error">{{MSG}}</p>{{/ERR_REASON}}
<textarea id="wh-reason" name="reason" rows="2" maxlength="500" aria-describedby="wh-hint">{{IN_REASON}}</textarea></div>
<div class="form-actions"><button type="submit" class="btn btn-danger">不予公开</button></div></form></section>{{/CAN_WITHHOLD}}
</aside>
</div>
