{{%AUTOESCAPE context="HTML"}}
{{! A new task (NEW: AGENCIES (VALUE LABEL SELECTED)) or a draft's fields (EDIT: ID). ACTION YEAR KINDS SOURCES (VALUE LABEL SELECTED)
    PROBLEM TITLE CONTENT OWNER PERSON DEADLINE; HAS_ERRORS ERRORS (FIELD MSG) ERR_*; CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/tasks">重点工作</a> / <span aria-current="page">{{#NEW}}新增事项{{/NEW}}{{#EDIT}}修改事项{{/EDIT}}</span></nav>
<header class="page-header"><h1>{{#NEW}}新增重点工作事项{{/NEW}}{{#EDIT}}修改事项（草稿）{{/EDIT}}</h1></header>
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未保存，请改正以下问题：</p><ul>{{#ERRORS}}<li><a href="#task-{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<form class="form form-wide" method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<section class="card" aria-labelledby="basic-title">
<h2 class="card-title" id="basic-title">基本信息</h2>
<div class="grid grid-3">
{{#NEW}}<div class="field{{#ERR_AGENCY_ID}} has-error{{/ERR_AGENCY_ID}}"><label for="task-agency_id">机构</label>
{{#ERR_AGENCY_ID}}<p class="field-error">{{MSG}}</p>{{/ERR_AGENCY_ID}}
<select id="task-agency_id" name="agency_id">{{#AGENCIES}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AGENCIES}}</select></div>{{/NEW}}
<div class="field{{#ERR_YEAR}} has-error{{/ERR_YEAR}}"><label for="task-year">年度</label>
{{#ERR_YEAR}}<p class="field-error" id="task-year-err">{{MSG}}</p>{{/ERR_YEAR}}
<input id="task-year" name="year" type="text" inputmode="numeric" value="{{YEAR}}" maxlength="4"{{#ERR_YEAR}} aria-invalid="true" aria-describedby="task-year-err"{{/ERR_YEAR}}></div>
<div class="field{{#ERR_KIND}} has-error{{/ERR_KIND}}"><label for="task-kind">类别</label>
{{#ERR_KIND}}<p class="field-error">{{MSG}}</p>{{/ERR_KIND}}
<select id="task-kind" name="kind">{{#KINDS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KINDS}}</select></div>
</div>
<div class="field{{#ERR_TITLE}} has-error{{/ERR_TITLE}}"><label for="task-title">名称</label>
<p class="field-hint" id="task-title-hint">如：推进企业开办“一窗通办、一日办结”；审计整改事项写明问题的简称。</p>
{{#ERR_TITLE}}<p class="field-error" id="task-title-err">{{MSG}}</p>{{/ERR_TITLE}}
<input id="task-title" name="title" type="text" value="{{TITLE}}" maxlength="200" aria-describedby="task-title-hint{{#ERR_TITLE}} task-title-err{{/ERR_TITLE}}"{{#ERR_TITLE}} aria-invalid="true"{{/ERR_TITLE}}></div>
<div class="field{{#ERR_CONTENT}} has-error{{/ERR_CONTENT}}"><label for="task-content">内容</label>
<p class="field-hint" id="task-content-hint">重点任务写工作目标，公开承诺写承诺内容，民生实事写项目内容，审计整改写整改措施。</p>
{{#ERR_CONTENT}}<p class="field-error" id="task-content-err">{{MSG}}</p>{{/ERR_CONTENT}}
<textarea id="task-content" name="content" rows="6" maxlength="5000" aria-describedby="task-content-hint{{#ERR_CONTENT}} task-content-err{{/ERR_CONTENT}}"{{#ERR_CONTENT}} aria-invalid="true"{{/ERR_CONTENT}}>{{CONTENT:pre_escape}}</textarea></div>
<div class="grid grid-3">
<div class="field{{#ERR_OWNER}} has-error{{/ERR_OWNER}}"><label for="task-owner">责任单位</label>
{{#ERR_OWNER}}<p class="field-error" id="task-owner-err">{{MSG}}</p>{{/ERR_OWNER}}
<input id="task-owner" name="owner" type="text" value="{{OWNER}}" maxlength="100"{{#ERR_OWNER}} aria-invalid="true" aria-describedby="task-owner-err"{{/ERR_OWNER}}></div>
<div class="field{{#ERR_PERSON}} has-error{{/ERR_PERSON}}"><label for="task-person">责任人（可选）</label>
{{#ERR_PERSON}}<p class="field-error" id="task-person-err">{{MSG}}</p>{{/ERR_PERSON}}
<input id="task-person" name="person" type="text" value="{{PERSON}}" maxlength="50"{{#ERR_PERSON}} aria-invalid="true" aria-describedby="task-person-err"{{/ERR_PERSON}}></div>
<div class="field{{#ERR_DEADLINE}} has-error{{/ERR_DEADLINE}}"><label for="task-deadline">完成时限</label>
{{#ERR_DEADLINE}}<p class="field-error" id="task-deadline-err">{{MSG}}</p>{{/ERR_DEADLINE}}
<input id="task-deadline" name="deadline" type="date" value="{{DEADLINE}}"{{#ERR_DEADLINE}} aria-invalid="true" aria-describedby="task-deadline-err"{{/ERR_DEADLINE}}></div>
</div>
</section>
<section class="card" aria-labelledby="rect-title">
<h2 class="card-title" id="rect-title">审计整改事项</h2>
<p class="field-hint">类别为“审计整改”时填写：问题由谁发现、发现了什么问题。其他类别不填，填写的内容也不会保存。</p>
<div class="field{{#ERR_SOURCE}} has-error{{/ERR_SOURCE}}"><label for="task-source">问题来源</label>
{{#ERR_SOURCE}}<p class="field-error">{{MSG}}</p>{{/ERR_SOURCE}}
<select id="task-source" name="source">{{#SOURCES}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/SOURCES}}</select></div>
<div class="field{{#ERR_PROBLEM}} has-error{{/ERR_PROBLEM}}"><label for="task-problem">发现的问题</label>
{{#ERR_PROBLEM}}<p class="field-error" id="task-problem-err">{{MSG}}</p>{{/ERR_PROBLEM}}
<textarea id="task-problem" name="problem" rows="4" maxlength="5000"{{#ERR_PROBLEM}} aria-invalid="true" aria-describedby="task-problem-err"{{/ERR_PROBLEM}}>{{PROBLEM:pre_escape}}</textarea></div>
</section>
<div class="form-actions"><button type="submit" class="btn btn-primary">{{#NEW}}保存为草稿{{/NEW}}{{#EDIT}}保存{{/EDIT}}</button>
<a href="/console/tasks{{#EDIT}}/{{ID}}{{/EDIT}}">取消</a></div>
</form>
