{{%AUTOESCAPE context="HTML"}}
{{! The registrant's look-up: FOUND (FillEvent; REG_ID REG_STATE REG_STATE_CODE NAME; WAITING (POSITION); CAN_CANCEL); ID CODE;
    ERR_*; HAS_ERRORS ERRORS; CSRF_TOKEN. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / <a href="/events">听证会与开放日</a> / <span aria-current="page">查询报名</span></nav>
<header class="page-header"><h1>查询报名</h1>
<p class="lead">凭报名时得到的报名编号和查询码查看报名状态，或取消报名。</p></header>
<form class="form card" method="post" action="/events/check" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<div class="grid">
<div class="field"><label for="eq-id">报名编号</label><input id="eq-id" name="id" type="text" inputmode="numeric" value="{{ID}}" maxlength="20"></div>
<div class="field{{#ERR_CODE}} has-error{{/ERR_CODE}}"><label for="eq-code">查询码</label>
{{#ERR_CODE}}<p class="field-error" id="eq-code-err">{{MSG}}</p>{{/ERR_CODE}}
<input id="eq-code" name="code" type="text" value="{{CODE}}" maxlength="30" autocomplete="off"{{#ERR_CODE}} aria-invalid="true" aria-describedby="eq-code-err"{{/ERR_CODE}}></div>
</div>
<div class="form-actions"><button type="submit" class="btn btn-primary">查询</button></div>
</form>
{{#FOUND}}<section class="card" aria-labelledby="found-title">
<h2 class="card-title" id="found-title"><a href="/events/{{ID}}">{{TITLE}}</a></h2>
<dl class="kv">
<div><dt>报名编号</dt><dd>{{REG_ID}}</dd></div>
<div><dt>报名人</dt><dd>{{NAME}}</dd></div>
<div><dt>状态</dt><dd><span class="badge reg-{{REG_STATE_CODE}}">{{REG_STATE}}</span>{{#WAITING}}（候补第 {{POSITION}} 位）{{/WAITING}}</dd></div>
<div><dt>活动时间</dt><dd>{{STARTS}}</dd></div>
<div><dt>地点</dt><dd>{{PLACE}}</dd></div>
<div><dt>活动状态</dt><dd>{{PHASE}}</dd></div>
</dl>
{{#CAN_CANCEL}}<form method="post" action="/events/check"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<input type="hidden" name="id" value="{{REG_ID}}"><input type="hidden" name="code" value="{{CODE}}"><input type="hidden" name="cancel" value="1">
<button type="submit" class="btn btn-danger">取消报名</button></form>{{/CAN_CANCEL}}
</section>{{/FOUND}}
