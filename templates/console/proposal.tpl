{{%AUTOESCAPE context="HTML"}}
{{! A proposal in the console: FillProposal (staff, with the reply); CAN_EDIT CAN_REPLY CAN_PUBLISH CAN_WITHHOLD; RESULTS (VALUE LABEL SELECTED);
    IN_REPLY IN_PUBLIC_SUMMARY IN_REPLIED_ON IN_REPLY_PUBLIC IN_REASON; ERR_*; HAS_ERRORS ERRORS; CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/proposals?year={{YEAR}}">建议提案办理</a> / <span aria-current="page">{{NUMBER}}</span></nav>
<header class="page-header"><h1>{{TITLE}}</h1>
<p><span class="badge badge-muted">{{KIND}} {{NUMBER}}</span> <span class="badge proposal-{{STATE_CODE}}">{{STATE}}</span>{{#OVERDUE}} <span class="badge badge-error">已超过答复期限</span>{{/OVERDUE}}</p></header>
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未完成，请处理以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
{{#ERR_ACTION}}<div class="alert alert-error" role="alert"><p>{{MSG}}</p></div>{{/ERR_ACTION}}
<div class="case-layout">
<div>
<section class="card" aria-labelledby="pr-info">
<h2 class="card-title" id="pr-info">登记信息</h2>
<dl class="pairs">
<dt>年度</dt><dd>{{YEAR}}</dd><dt>承办机构</dt><dd>{{AGENCY}}（{{ROLE}}）</dd><dt>领衔代表（委员）</dt><dd>{{PROPOSER}}</dd>
<dt>交办日期</dt><dd>{{ASSIGNED_ON}}</dd><dt>答复期限</dt><dd>{{DUE_ON}}</dd>
<dt>内容摘要</dt><dd class="pre-wrap">{{SUMMARY}}</dd>
{{#ANSWERED}}<dt>办理结果</dt><dd>{{RESULT_CODE}} 类：{{RESULT}}</dd><dt>答复日期</dt><dd>{{REPLIED_ON}}{{#ON_TIME}}（按期）{{/ON_TIME}}{{#LATE}}（逾期）{{/LATE}}</dd>
<dt>公开的办理结果</dt><dd class="pre-wrap">{{PUBLIC_SUMMARY}}</dd>{{/ANSWERED}}
<dt>复文全文</dt><dd>{{#REPLY_PUBLIC}}随办理结果公开{{/REPLY_PUBLIC}}</dd>
{{#WITHHELD}}<dt>不公开的理由</dt><dd>{{REASON}}</dd>{{/WITHHELD}}
</dl>
</section>
{{#ANSWERED}}{{#REPLY}}<section class="card" aria-labelledby="pr-reply"><h2 class="card-title" id="pr-reply">复文</h2><div class="prose">{{TEXT_HTML:none}}</div></section>{{/REPLY}}{{/ANSWERED}}
</div>
<aside>
{{#CAN_EDIT}}<section class="card action" aria-labelledby="ed-title"><h2 class="card-title" id="ed-title">修改登记</h2>
<p><a class="btn btn-secondary" href="/console/proposals/{{ID}}/edit">修改登记信息</a></p></section>{{/CAN_EDIT}}
{{#CAN_REPLY}}<section class="card action" aria-labelledby="rp-title"><h2 class="card-title" id="rp-title">答复</h2>
<form class="form" method="post" action="/console/proposals/{{ID}}/reply" novalidate><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_RESULT}} has-error{{/ERR_RESULT}}"><label for="rp-result">办理结果分类</label>
{{#ERR_RESULT}}<p class="field-error">{{MSG}}</p>{{/ERR_RESULT}}
<select id="rp-result" name="result"><option value="">请选择</option>{{#RESULTS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/RESULTS}}</select></div>
<div class="field{{#ERR_REPLIED_ON}} has-error{{/ERR_REPLIED_ON}}"><label for="rp-date">答复日期（默认今天）</label>
{{#ERR_REPLIED_ON}}<p class="field-error">{{MSG}}</p>{{/ERR_REPLIED_ON}}
<input id="rp-date" name="replied_on" type="date" value="{{IN_REPLIED_ON}}"></div>
<div class="field{{#ERR_REPLY}} has-error{{/ERR_REPLY}}"><label for="rp-reply">复文（Markdown）</label>
{{#ERR_REPLY}}<p class="field-error">{{MSG}}</p>{{/ERR_REPLY}}
<textarea id="rp-reply" name="reply" rows="10">{{IN_REPLY}}</textarea></div>
<div class="field{{#ERR_PUBLIC_SUMMARY}} has-error{{/ERR_PUBLIC_SUMMARY}}"><label for="rp-summary">公开的办理结果（摘要）</label>
{{#ERR_PUBLIC_SUMMARY}}<p class="field-error">{{MSG}}</p>{{/ERR_PUBLIC_SUMMARY}}
<textarea id="rp-summary" name="public_summary" rows="4">{{IN_PUBLIC_SUMMARY}}</textarea></div>
<p class="field-check"><input type="checkbox" id="rp-public" name="reply_public" value="1"{{#IN_REPLY_PUBLIC}} checked{{/IN_REPLY_PUBLIC}}> <label for="rp-public">复文涉及公共利益，全文公开</label></p>
<div class="form-actions"><button type="submit" class="btn btn-primary">保存答复</button></div></form></section>{{/CAN_REPLY}}
{{#CAN_PUBLISH}}<section class="card action" aria-labelledby="pu-title"><h2 class="card-title" id="pu-title">公开</h2>
<p>在“建议提案办理”公开办理结果{{#REPLY_PUBLIC}}和复文全文{{/REPLY_PUBLIC}}。</p>
<form method="post" action="/console/proposals/{{ID}}/publish"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<button type="submit" class="btn btn-primary">公开</button></form></section>{{/CAN_PUBLISH}}
{{#CAN_WITHHOLD}}<section class="card action" aria-labelledby="wh-title"><h2 class="card-title" id="wh-title">不公开</h2>
<form class="form" method="post" action="/console/proposals/{{ID}}/withhold" novalidate><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_REASON}} has-error{{/ERR_REASON}}"><label for="wh-reason">理由</label>
{{#ERR_REASON}}<p class="field-error">{{MSG}}</p>{{/ERR_REASON}}
<input id="wh-reason" name="reason" type="text" value="{{IN_REASON}}" maxlength="500"></div>
<div class="form-actions"><button type="submit" class="btn btn-danger">不公开</button></div></form></section>{{/CAN_WITHHOLD}}
</aside>
</div>
