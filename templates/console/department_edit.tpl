{{%AUTOESCAPE context="HTML"}}
{{! Edit a department. ID AGENCY_ID AGENCY_NAME NAME; KIND_DIVISION / KIND_AFFILIATE; ERR_NAME; CSRF_TOKEN. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/console/agencies">机构与处室</a> / <a href="/console/agencies/{{AGENCY_ID}}">{{AGENCY_NAME}}</a> / <span aria-current="page">{{NAME}}</span></nav>
<header class="page-header"><h1>编辑处室或单位</h1></header>
<section class="card">
<form class="form" method="post" action="/console/departments/{{ID}}" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_NAME}} has-error{{/ERR_NAME}}">
<label for="dept-name">名称</label>
{{#ERR_NAME}}<p class="field-error" id="dept-name-err">{{MSG}}</p>{{/ERR_NAME}}
<input id="dept-name" name="name" type="text" value="{{NAME}}" required{{#ERR_NAME}} aria-describedby="dept-name-err" aria-invalid="true"{{/ERR_NAME}}>
</div>
<div class="field">
<label for="dept-kind">类型</label>
<select id="dept-kind" name="kind"><option value="division"{{#KIND_DIVISION}} selected{{/KIND_DIVISION}}>处室</option><option value="affiliate"{{#KIND_AFFILIATE}} selected{{/KIND_AFFILIATE}}>直属单位</option></select>
</div>
<div class="form-actions"><button type="submit" class="btn btn-primary">保存</button> <a class="btn btn-secondary" href="/console/agencies/{{AGENCY_ID}}">返回</a></div>
</form>
</section>
