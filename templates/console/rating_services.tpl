{{%AUTOESCAPE context="HTML"}}
{{! The rated services. SERVICES (ID NAME DEPARTMENT ACTIVE INACTIVE CSRF_TOKEN); NO_SERVICES; AGENCIES (VALUE LABEL SELECTED);
    NAME DEPARTMENT; HAS_ERRORS ERRORS ERR_*; CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/ratings">好差评</a> / <span aria-current="page">评价事项</span></nav>
<header class="page-header"><h1>评价事项</h1></header>
<p class="field-hint">公众在“我要评价”中可选择的政务服务事项。停用的事项不再接受新评价，已有评价保留。</p>
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
{{#NO_SERVICES}}<div class="card empty-state"><p>还没有评价事项。</p></div>{{/NO_SERVICES}}
<div class="table-wrap" tabindex="0" role="region" aria-label="评价事项列表">
<table class="table">
<thead><tr><th scope="col">事项名称</th><th scope="col">承办处室</th><th scope="col">状态</th><th scope="col">修改</th></tr></thead>
<tbody>{{#SERVICES}}
<tr><td>{{NAME}}</td><td>{{DEPARTMENT}}</td><td>{{#ACTIVE}}<span class="badge badge-ok">使用中</span>{{/ACTIVE}}{{#INACTIVE}}<span class="badge badge-muted">已停用</span>{{/INACTIVE}}</td>
<td><form class="inline-form" method="post" action="/console/ratings/services/{{ID}}"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<label class="sr-only" for="s-name-{{ID}}">事项名称</label><input id="s-name-{{ID}}" name="name" type="text" value="{{NAME}}" maxlength="100">
<label class="sr-only" for="s-dep-{{ID}}">承办处室</label><input id="s-dep-{{ID}}" name="department" type="text" value="{{DEPARTMENT}}" maxlength="100">
<label class="sr-only" for="s-act-{{ID}}">状态</label><select id="s-act-{{ID}}" name="active"><option value="1"{{#ACTIVE}} selected{{/ACTIVE}}>使用中</option><option value="0"{{#INACTIVE}} selected{{/INACTIVE}}>停用</option></select>
<button type="submit" class="btn btn-small btn-secondary">保存</button></form></td></tr>{{/SERVICES}}
</tbody>
</table>
</div>
<section class="card" aria-labelledby="add-title"><h2 class="card-title" id="add-title">新增评价事项</h2>
<form class="form" method="post" action="/console/ratings/services" novalidate><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="s-agency">机构</label><select id="s-agency" name="agency_id">{{#AGENCIES}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AGENCIES}}</select>
{{#ERR_AGENCY_ID}}<p class="field-error">{{MSG}}</p>{{/ERR_AGENCY_ID}}</div>
<div class="grid"><div class="field"><label for="s-name">事项名称</label><input id="s-name" name="name" type="text" value="{{NAME}}" maxlength="100"{{#ERR_NAME}} aria-invalid="true"{{/ERR_NAME}}>
{{#ERR_NAME}}<p class="field-error">{{MSG}}</p>{{/ERR_NAME}}</div>
<div class="field"><label for="s-dep">承办处室</label><input id="s-dep" name="department" type="text" value="{{DEPARTMENT}}" maxlength="100"></div></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">新增</button></div></form></section>
